package dev.statebench.headers;

import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.TokenProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of the header tables: an auth mode and, for the JWT modes, the token profile and signing algorithm.
 *
 * @param mode how the request carries its session
 * @param profile what the token carries; {@code null} unless {@code mode.carriesJwt()}
 * @param algorithm how the token is signed; {@code null} unless {@code mode.carriesJwt()}
 */
public record SessionCase(AuthMode mode, TokenProfile profile, JwtAlgorithm algorithm) {
  public SessionCase {
    if (mode.carriesJwt() != (profile != null && algorithm != null)) {
      throw new IllegalArgumentException(mode + " needs a profile and algorithm exactly when it carries a JWT");
    }
  }

  public static SessionCase noAuth() {
    return new SessionCase(AuthMode.NO_AUTH, null, null);
  }

  public static SessionCase opaqueCookie() {
    return new SessionCase(AuthMode.OPAQUE_COOKIE, null, null);
  }

  public static SessionCase jwt(AuthMode mode, TokenProfile profile, JwtAlgorithm algorithm) {
    return new SessionCase(mode, profile, algorithm);
  }

  /** No auth, the opaque cookie, then {@code mode} for every profile × algorithm in {@code algorithms}. */
  public static List<SessionCase> all(List<AuthMode> jwtModes, List<JwtAlgorithm> algorithms) {
    List<SessionCase> cases = new ArrayList<>();
    cases.add(noAuth());
    cases.add(opaqueCookie());
    for (AuthMode mode : jwtModes) {
      for (TokenProfile profile : TokenProfile.values()) {
        for (JwtAlgorithm algorithm : algorithms) {
          cases.add(jwt(mode, profile, algorithm));
        }
      }
    }
    return cases;
  }

  /** A short, stable label such as {@code BEARER_JWT TYPICAL RS256} or {@code OPAQUE_COOKIE}. */
  public String label() {
    return mode.carriesJwt() ? mode + " " + profile + " " + algorithm : mode.toString();
  }
}
