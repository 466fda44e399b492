package dev.statebench.headers;

import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.TokenProfile;

/**
 * The auth modes the parse-cost benchmarks compare (a JMH {@code @Param}): no auth, the opaque cookie, a bearer
 * token of every profile, and the typical token as a cookie. The signing algorithm is a separate axis.
 */
public enum AuthCase {
  NO_AUTH(AuthMode.NO_AUTH, null),
  OPAQUE_COOKIE(AuthMode.OPAQUE_COOKIE, null),
  BEARER_MINIMAL(AuthMode.BEARER_JWT, TokenProfile.MINIMAL),
  BEARER_TYPICAL(AuthMode.BEARER_JWT, TokenProfile.TYPICAL),
  BEARER_FAT(AuthMode.BEARER_JWT, TokenProfile.FAT),
  BEARER_GROUPS_200(AuthMode.BEARER_JWT, TokenProfile.GROUPS_200),
  COOKIE_TYPICAL(AuthMode.JWT_COOKIE, TokenProfile.TYPICAL);

  private final AuthMode mode;
  private final TokenProfile profile;

  AuthCase(AuthMode mode, TokenProfile profile) {
    this.mode = mode;
    this.profile = profile;
  }

  /** The session case, with tokens signed by {@code algorithm} (ignored when no JWT is carried). */
  public SessionCase sessionCase(JwtAlgorithm algorithm) {
    return mode.carriesJwt() ? SessionCase.jwt(mode, profile, algorithm) : new SessionCase(mode, null, null);
  }
}
