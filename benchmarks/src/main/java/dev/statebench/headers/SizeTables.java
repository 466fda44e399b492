package dev.statebench.headers;

import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.TokenProfile;
import java.util.ArrayList;
import java.util.List;

/** The size tables: token and header-line bytes per profile × algorithm, and HTTP/1.1 request heads per auth mode. */
final class SizeTables {
  private SizeTables() {}

  static final String PRODUCER = "statebench's HTTP/1.1 head writer (RFC 9112 field lines, CRLF line ends) over "
      + "nimbus-jose-jwt tokens signed with the deterministic fixture keys (JDK crypto)";

  static Table sizes(HeaderMeasurements m) {
    CaseMeasurement baseline = m.baseline();
    CaseMeasurement opaque = m.opaque();
    List<List<String>> rows = new ArrayList<>();
    for (TokenProfile profile : TokenProfile.values()) {
      for (JwtAlgorithm algorithm : m.algorithms()) {
        CaseMeasurement bearer = m.find(SessionCase.jwt(AuthMode.BEARER_JWT, profile, algorithm));
        CaseMeasurement cookie = m.find(SessionCase.jwt(AuthMode.JWT_COOKIE, profile, algorithm));
        rows.add(List.of(profile.name(), algorithm.name(),
            CellFormat.bytes(bearer.credential().length()),
            CellFormat.bytes(bearer.authLineBytes()),
            CellFormat.bytes(cookie.authLineBytes()),
            CellFormat.bytes(opaque.authLineBytes()),
            CellFormat.bytes(bearer.http1HeadBytes()),
            CellFormat.bytes(cookie.http1HeadBytes()),
            CellFormat.bytes(opaque.http1HeadBytes()),
            CellFormat.twoDecimals((double) bearer.http1HeadBytes() / opaque.http1HeadBytes())));
      }
    }
    return new Table("headers-sizes", "Token and header sizes per profile × algorithm (bytes)", PRODUCER,
        List.of("Lines include their CRLF. `Cookie: session=<jwt>` carries the same token as a cookie; "
                + "`Cookie: sid=<22-char id>` is the opaque alternative (128 random bits, base64url).",
            "Head = the whole HTTP/1.1 request head of the representative request `" + baseline.head().requestLine()
                + "` with Host, User-Agent, Accept, Accept-Encoding, Accept-Language: "
                + baseline.http1HeadBytes() + " B without any auth line.",
            "×opaque = bearer head ÷ opaque-cookie head: the per-request bloat relative to a session id."),
        List.of("profile", "algorithm", "JWT", "`Authorization: Bearer` line", "`Cookie: session=` line",
            "`Cookie: sid=` line", "head, bearer", "head, JWT cookie", "head, opaque cookie", "×opaque"),
        rows);
  }

  static Table http1Heads(HeaderMeasurements m) {
    List<List<String>> rows = new ArrayList<>();
    for (CaseMeasurement c : m.cases()) {
      rows.add(List.of(c.sessionCase().label(),
          CellFormat.bytes(c.authLineBytes()),
          CellFormat.bytes(c.http1HeadBytes()),
          CellFormat.percent((double) c.authLineBytes() / c.http1HeadBytes())));
    }
    return new Table("headers-http1", "HTTP/1.1 request-head bytes per auth mode", PRODUCER,
        List.of("Exact bytes on the wire before any body: request line, header lines and the empty line."),
        List.of("case", "auth line (B)", "request head (B)", "auth share of head"),
        rows);
  }
}
