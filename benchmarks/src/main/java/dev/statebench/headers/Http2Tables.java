package dev.statebench.headers;

import dev.statebench.jwt.TokenProfile;
import io.netty.handler.codec.http2.DefaultHttp2HeadersEncoder;
import io.netty.util.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** HTTP/2 tables: steady-state header-block bytes per case and experiment, and request-by-request series. */
final class Http2Tables {
  private Http2Tables() {}

  static final String PRODUCER = "Netty " + nettyVersion() + " `DefaultHttp2HeadersEncoder` (HPACK, RFC 7541), one "
      + "encoder per connection, " + HeaderMeasurements.REQUESTS + " requests per connection; column headings name "
      + "the indexing policy of `authorization`/`cookie`, the dynamic-table size in bytes, `huff=all` when every "
      + "string is Huffman-coded if shorter (Netty's default Huffman-codes only strings of >= "
      + HpackSettings.NETTY_HUFFMAN_THRESHOLD + " characters), and `k=` the rotation period in requests";

  /** Series rows show these request numbers (1-based). */
  private static final int[] SHOWN_REQUESTS = {1, 2, 3, 10, 11, 100, 101, HeaderMeasurements.REQUESTS};

  static Table steadyState(HeaderMeasurements m) {
    List<String> columns = new ArrayList<>(List.of("case", "auth entry (name+value+32)", "request 1, "
        + HeaderMeasurements.NETTY_DEFAULT.heading()));
    for (SeriesKey key : HeaderMeasurements.EXPERIMENTS) {
      columns.add("steady, " + key.heading());
    }
    List<List<String>> rows = new ArrayList<>();
    for (CaseMeasurement c : m.cases()) {
      List<String> row = new ArrayList<>();
      row.add(c.sessionCase().label());
      row.add(c.sessionCase().mode().field(c.credential())
          .map(f -> CellFormat.bytes(f.hpackEntrySize())).orElse("—"));
      row.add(CellFormat.bytes(c.series(HeaderMeasurements.NETTY_DEFAULT).request(1)));
      for (SeriesKey key : HeaderMeasurements.EXPERIMENTS) {
        row.add(CellFormat.oneDecimal(c.series(key).steadyStateBytes()));
      }
      rows.add(row);
    }
    return new Table("headers-http2-steady", "HTTP/2 HPACK header-block bytes per request: first request and "
        + "steady state", PRODUCER,
        List.of("Steady = mean header-block bytes over requests " + (HeaderMeasurements.REQUESTS / 2 + 1) + ".."
                + HeaderMeasurements.REQUESTS + " of one connection (whole rotation periods).",
            "An auth entry larger than the table cannot be indexed: Netty then sends it as a literal without "
                + "indexing on every request and leaves the table as it was (RFC 7541 §4.4 would empty the table "
                + "if it were inserted)."),
        columns, rows);
  }

  static Table series(HeaderMeasurements m) {
    List<String> columns = new ArrayList<>(List.of("case", "experiment"));
    for (int request : SHOWN_REQUESTS) {
      columns.add("req " + request);
    }
    columns.add("steady");
    List<List<String>> rows = new ArrayList<>();
    for (CaseMeasurement c : seriesCases(m)) {
      for (SeriesKey key : HeaderMeasurements.EXPERIMENTS) {
        Http2Series series = c.series(key);
        List<String> row = new ArrayList<>(List.of(c.sessionCase().label(), key.heading()));
        for (int request : SHOWN_REQUESTS) {
          row.add(CellFormat.bytes(series.request(request)));
        }
        row.add(CellFormat.oneDecimal(series.steadyStateBytes()));
        rows.add(row);
      }
    }
    return new Table("headers-http2-series", "HTTP/2 HPACK header-block bytes of request 1, 2, … on one connection",
        PRODUCER,
        List.of("Rows: no auth, opaque cookie, and bearer tokens of every profile signed with "
                + m.algorithms().get(0) + "; headers.json holds every request of every case.",
            "With rotation every k requests, request k+1 carries a new credential."),
        columns, rows);
  }

  private static List<CaseMeasurement> seriesCases(HeaderMeasurements m) {
    List<CaseMeasurement> cases = new ArrayList<>(List.of(m.baseline(), m.opaque()));
    for (TokenProfile profile : TokenProfile.values()) {
      cases.add(m.find(SessionCase.jwt(AuthMode.BEARER_JWT, profile, m.algorithms().get(0))));
    }
    return cases;
  }

  /**
   * The Netty version on the class path. All Netty modules come from one BOM; a shaded jar keeps only one module's
   * version file, so any module's version is taken when netty-codec-http2's own is missing.
   */
  private static String nettyVersion() {
    Map<String, Version> versions = Version.identify(DefaultHttp2HeadersEncoder.class.getClassLoader());
    Version version = versions.getOrDefault("netty-codec-http2", versions.values().stream().findFirst().orElse(null));
    return version == null ? "(version unknown)" : version.artifactVersion();
  }
}
