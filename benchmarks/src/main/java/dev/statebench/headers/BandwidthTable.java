package dev.statebench.headers;

import java.util.ArrayList;
import java.util.List;

/**
 * Bytes per second of auth material at fixed request rates: the measured replacement for the sources' estimate
 * (~50 B, ~500 B, ~1 KB per request, i.e. ~50 MB/s, ~500 MB/s, ~1 GB/s at 1M requests/s).
 */
final class BandwidthTable {
  private BandwidthTable() {}

  /** Request rates projected, per second. */
  static final List<Long> RATES = List.of(10_000L, 100_000L, 1_000_000L);

  static Table projection(HeaderMeasurements m) {
    CaseMeasurement baseline = m.baseline();
    List<String> columns = new ArrayList<>(List.of("case", "protocol", "auth bytes/request"));
    for (long rate : RATES) {
      columns.add("MB/s at " + rateLabel(rate) + " req/s");
    }
    List<List<String>> rows = new ArrayList<>();
    for (CaseMeasurement c : m.cases()) {
      if (c.sessionCase().mode() == AuthMode.NO_AUTH) {
        continue;
      }
      rows.add(row(c, "HTTP/1.1", c.http1HeadBytes() - baseline.http1HeadBytes()));
      for (SeriesKey key : List.of(HeaderMeasurements.NETTY_DEFAULT, HeaderMeasurements.NEVER_INDEXED)) {
        double auth = c.series(key).steadyStateBytes() - baseline.series(key).steadyStateBytes();
        rows.add(row(c, "HTTP/2 " + key.heading(), auth));
      }
    }
    return new Table("headers-bandwidth", "Auth material on the wire at 10k, 100k and 1M requests/s",
        "derived from the HTTP/1.1 head bytes and the HTTP/2 steady state (" + Http2Tables.PRODUCER + ")",
        List.of("auth bytes/request = bytes of the request with the credential minus the same request without "
                + "auth (HTTP/1.1: the auth line; HTTP/2: steady-state header-block difference, which also counts "
                + "other headers evicted from the table by a large token).",
            "MB/s = 10^6 bytes per second, request heads only (no TLS records, TCP/IP or frame headers).",
            "The sources estimate ~50 B (session cookie), ~500 B (JWT), ~1 KB (JWT + context) per request, i.e. "
                + "~50 MB/s, ~500 MB/s, ~1 GB/s at 1M req/s (seeds/004)."),
        columns, rows);
  }

  private static List<String> row(CaseMeasurement c, String protocol, double authBytes) {
    List<String> row = new ArrayList<>(List.of(c.sessionCase().label(), protocol, CellFormat.oneDecimal(authBytes)));
    for (long rate : RATES) {
      row.add(CellFormat.twoDecimals(authBytes * rate / 1e6));
    }
    return row;
  }

  private static String rateLabel(long rate) {
    return rate >= 1_000_000 ? rate / 1_000_000 + "M" : rate / 1000 + "k";
  }
}
