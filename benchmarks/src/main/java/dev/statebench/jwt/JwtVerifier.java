package dev.statebench.jwt;

import com.nimbusds.jwt.JWTClaimsSet;

/** Checks one compact JWT. Implementations are built by {@link VerifyPath} and are not thread-safe. */
public interface JwtVerifier {
  /**
   * Verifies {@code token} and returns its claims.
   *
   * @return the verified claims; {@code null} only for {@link VerifyPath#JCA_BASELINE}, which never parses claims
   * @throws TokenRejectedException naming the reason the token is refused
   */
  JWTClaimsSet verify(String token) throws TokenRejectedException;
}
