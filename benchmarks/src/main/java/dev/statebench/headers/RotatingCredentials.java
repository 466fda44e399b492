package dev.statebench.headers;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.statebench.jwt.CryptoProvider;
import dev.statebench.jwt.KeyFixtures;
import dev.statebench.jwt.TokenIssuer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The credentials one client sends over time: generation {@code g} is the token (or session id) in force after
 * {@code g} rotations. JWT generations are re-issued for the same subject with a later {@code iat}/{@code exp} and a
 * new {@code jti}, so every generation has the same length, as a real refresh would; session ids are fresh 22-character
 * ids. Generations are issued on first use and cached.
 */
public final class RotatingCredentials {
  /** Issue time of generation 0: fixed so tables are reproducible (dates have a fixed width either way). */
  public static final Instant FIRST_ISSUE = Instant.parse("2026-01-01T00:00:00Z");
  /** Time between generations; only the claims' values change, never their width. */
  public static final Duration ROTATION_INTERVAL = Duration.ofMinutes(5);

  private final SessionCase sessionCase;
  private final TokenIssuer issuer;
  private final long seed;
  private final List<String> generations = new ArrayList<>();

  private RotatingCredentials(SessionCase sessionCase, TokenIssuer issuer, long seed) {
    this.sessionCase = sessionCase;
    this.issuer = issuer;
    this.seed = seed;
  }

  /** The credentials of {@code sessionCase}, signed with the first key of {@code fixtures} (JDK crypto). */
  public static RotatingCredentials of(SessionCase sessionCase, KeyFixtures fixtures) {
    TokenIssuer issuer = sessionCase.mode().carriesJwt()
        ? new TokenIssuer(fixtures.ring(sessionCase.algorithm(), 1), CryptoProvider.JDK)
        : null;
    return new RotatingCredentials(sessionCase, issuer, fixtures.seed());
  }

  public SessionCase sessionCase() {
    return sessionCase;
  }

  /** The credential in force after {@code generation} rotations ({@code ""} for {@link AuthMode#NO_AUTH}). */
  public String credential(int generation) {
    while (generations.size() <= generation) {
      generations.add(issue(generations.size()));
    }
    return generations.get(generation);
  }

  /** The request head carrying generation {@code generation}. */
  public RequestHead request(int generation) {
    return RequestHead.representative(sessionCase.mode(), credential(generation));
  }

  private String issue(int generation) {
    return switch (sessionCase.mode()) {
      case NO_AUTH -> "";
      case OPAQUE_COOKIE -> OpaqueSessionIds.id(seed, generation);
      case BEARER_JWT, JWT_COOKIE -> issueToken(generation);
    };
  }

  private String issueToken(int generation) {
    Instant issuedAt = FIRST_ISSUE.plus(ROTATION_INTERVAL.multipliedBy(generation));
    JWTClaimsSet claims = sessionCase.profile().claims(0, issuedAt);
    if (sessionCase.profile().hasRegisteredClaims()) {
      claims = new JWTClaimsSet.Builder(claims)
          .jwtID(UUID.nameUUIDFromBytes(("rotation-" + generation).getBytes(StandardCharsets.UTF_8)).toString())
          .build();
    }
    return issuer.sign(0, claims);
  }
}
