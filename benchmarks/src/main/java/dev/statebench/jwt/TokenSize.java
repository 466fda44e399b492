package dev.statebench.jwt;

import java.nio.charset.StandardCharsets;

/**
 * The wire size of one token.
 *
 * @param profile what the token carries
 * @param algorithm how it is signed
 * @param jwtBytes bytes of the compact serialization ({@code header.payload.signature})
 * @param headerLineBytes bytes of the HTTP/1.1 request-header line {@code Authorization: Bearer <jwt>\r\n}
 */
public record TokenSize(TokenProfile profile, JwtAlgorithm algorithm, int jwtBytes, int headerLineBytes) {
  /** The header-line prefix that carries a bearer token (RFC 6750 section 2.1). */
  public static final String AUTHORIZATION_PREFIX = "Authorization: Bearer ";

  /** Measures {@code compactJwt}. */
  public static TokenSize of(TokenProfile profile, JwtAlgorithm algorithm, String compactJwt) {
    int jwt = compactJwt.getBytes(StandardCharsets.US_ASCII).length;
    int line = (AUTHORIZATION_PREFIX + compactJwt + "\r\n").getBytes(StandardCharsets.US_ASCII).length;
    return new TokenSize(profile, algorithm, jwt, line);
  }
}
