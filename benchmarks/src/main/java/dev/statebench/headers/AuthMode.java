package dev.statebench.headers;

import java.util.Optional;

/**
 * How a request carries its session: the axis of every header-size table and of the parse-cost benchmarks.
 *
 * <p>The opaque session id is 22 base64url characters (128 random bits, see {@link OpaqueSessionIds}); the JWT modes
 * carry a compact JWT either as a bearer token (RFC 6750 section 2.1) or as a cookie value.
 */
public enum AuthMode {
  /** No credential at all: the baseline whose bytes the other modes are compared with. */
  NO_AUTH(null, null),
  /** {@code Cookie: sid=<22-character opaque id>}: the server looks the session up in a store. */
  OPAQUE_COOKIE("Cookie", "sid="),
  /** {@code Authorization: Bearer <jwt>}. */
  BEARER_JWT("Authorization", "Bearer "),
  /** {@code Cookie: session=<jwt>}: the same token in a cookie, as browser applications often carry it. */
  JWT_COOKIE("Cookie", "session=");

  private final String headerName;
  private final String valuePrefix;

  AuthMode(String headerName, String valuePrefix) {
    this.headerName = headerName;
    this.valuePrefix = valuePrefix;
  }

  /** {@code true} for the modes that carry a JWT. */
  public boolean carriesJwt() {
    return this == BEARER_JWT || this == JWT_COOKIE;
  }

  /** {@code true} for the modes that carry their credential in a cookie. */
  public boolean isCookie() {
    return this == OPAQUE_COOKIE || this == JWT_COOKIE;
  }

  /** The header field that carries {@code credential}, or empty for {@link #NO_AUTH}. */
  public Optional<HeaderField> field(String credential) {
    if (this == NO_AUTH) {
      return Optional.empty();
    }
    return Optional.of(new HeaderField(headerName, valuePrefix + credential));
  }

  /**
   * Bytes of the one cookie as RFC 6265 section 6.1 counts it (name plus value; the {@code =} is not counted), or 0
   * for modes that send no cookie.
   */
  public int cookieBytes(String credential) {
    if (!isCookie()) {
      return 0;
    }
    String name = valuePrefix.substring(0, valuePrefix.length() - 1);
    return HeaderField.ascii(name).length + HeaderField.ascii(credential).length;
  }
}
