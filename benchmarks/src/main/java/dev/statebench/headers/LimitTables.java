package dev.statebench.headers;

import java.util.ArrayList;
import java.util.List;

/** The limits catalog and, per case, which default limits its request goes over. */
final class LimitTables {
  private LimitTables() {}

  static Table catalog(List<HeaderLimit> limits) {
    List<List<String>> rows = new ArrayList<>();
    for (HeaderLimit limit : limits) {
      rows.add(List.of(limit.component(), CellFormat.bytes(limit.limitBytes()), limit.scope().description(),
          limit.configKey(), limit.source()));
    }
    return new Table("headers-limits", "Default request-header limits", "figures from each product's documentation "
        + "(Netty's from the Netty jar on the class path)",
        List.of("A request passes when the limited quantity is <= the limit; one byte more is rejected."),
        List.of("component", "limit (B)", "applies to", "setting", "source"), rows);
  }

  static Table exceeded(HeaderMeasurements m, List<HeaderLimit> limits) {
    List<List<String>> rows = new ArrayList<>();
    for (CaseMeasurement c : m.cases()) {
      RequestMeasures r = c.measures();
      List<String> broken = limits.stream().filter(l -> l.exceededBy(r)).map(HeaderLimit::component).toList();
      rows.add(List.of(c.sessionCase().label(),
          CellFormat.bytes(r.longestFieldLine()),
          CellFormat.bytes(r.requestHead()),
          CellFormat.bytes(r.http2HeaderList()),
          r.largestCookie() == 0 ? "—" : CellFormat.bytes(r.largestCookie()),
          broken.isEmpty() ? "none" : String.join("; ", broken)));
    }
    return new Table("headers-limits-exceeded", "Which default limits each request exceeds",
        SizeTables.PRODUCER + "; limits from the headers-limits table",
        List.of("Measured on the representative request of each case; longest line = the longest `name: value` "
            + "field line without CRLF."),
        List.of("case", "longest line (B)", "request head (B)", "HTTP/2 header list (B)", "cookie (B)", "exceeds"),
        rows);
  }
}
