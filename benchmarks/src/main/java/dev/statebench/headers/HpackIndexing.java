package dev.statebench.headers;

import io.netty.handler.codec.http2.Http2HeadersEncoder;
import io.netty.handler.codec.http2.Http2HeadersEncoder.SensitivityDetector;
import io.netty.util.AsciiString;

/**
 * Whether the HPACK encoder may put the credential into the dynamic table (RFC 7541 section 7.1.3).
 */
public enum HpackIndexing {
  /**
   * Netty's default ({@link Http2HeadersEncoder#NEVER_SENSITIVE}): {@code authorization} and {@code cookie} are
   * literals with incremental indexing, so a repeated credential costs one index byte once it is in the table.
   */
  INDEXED(Http2HeadersEncoder.NEVER_SENSITIVE),
  /**
   * {@code authorization} and {@code cookie} as never-indexed literals (RFC 7541 section 6.2.3), as nghttp2/curl and
   * Jetty send them: the whole credential is on the wire in every request.
   */
  NEVER_INDEXED((name, value) -> AsciiString.contentEqualsIgnoreCase(name, "authorization")
      || AsciiString.contentEqualsIgnoreCase(name, "cookie"));

  private final SensitivityDetector detector;

  HpackIndexing(SensitivityDetector detector) {
    this.detector = detector;
  }

  /** The Netty sensitivity detector that implements this policy. */
  public SensitivityDetector detector() {
    return detector;
  }
}
