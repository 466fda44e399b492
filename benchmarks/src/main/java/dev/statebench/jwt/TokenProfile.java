package dev.statebench.jwt;

import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.IntFunction;

/**
 * What a token carries: a benchmark axis (a JMH {@code @Param}) and the factory of its claims. Token {@code i} of a
 * profile has its own {@code sub} and {@code jti}, so a pool of tokens has no two alike; everything else is a fixed
 * function of the profile and the issue time.
 */
public enum TokenProfile {
  /** {@code sub}, {@code iat}, {@code exp}: the smallest useful access token. */
  MINIMAL {
    @Override
    void addClaims(JWTClaimsSet.Builder claims, int index) {
      // sub, iat and exp are common to every profile
    }
  },
  /** About ten claims, as issued by a typical OpenID Connect provider for an API. */
  TYPICAL {
    @Override
    void addClaims(JWTClaimsSet.Builder claims, int index) {
      addRegisteredClaims(claims, index);
      claims.claim("scope", "openid profile orders:read orders:write");
      claims.claim("roles", List.of("user", "customer", "beta-tester"));
      claims.claim("tenant", "tenant-" + (index % 50));
    }
  },
  /** A typical token plus dozens of fine-grained permissions: authorization data moved into the token. */
  FAT {
    @Override
    void addClaims(JWTClaimsSet.Builder claims, int index) {
      TYPICAL.addClaims(claims, index);
      claims.claim("permissions", numbered(FAT_PERMISSIONS, i -> RESOURCES[i % RESOURCES.length] + ":"
          + ACTIONS[(i / RESOURCES.length) % ACTIONS.length] + ":" + (i / (RESOURCES.length * ACTIONS.length))));
    }
  },
  /**
   * A typical token plus 200 group GUIDs: the largest group list Microsoft Entra ID embeds in a JWT before it
   * switches to an "overage" claim.
   */
  GROUPS_200 {
    @Override
    void addClaims(JWTClaimsSet.Builder claims, int index) {
      TYPICAL.addClaims(claims, index);
      claims.claim("groups", numbered(200, i -> UUID.nameUUIDFromBytes(
          ("group-" + i).getBytes(StandardCharsets.UTF_8)).toString()));
    }
  };

  /** The issuer every fixture token names and every verifier requires. */
  public static final String ISSUER = "https://issuer.statebench.dev";
  /** The audience every fixture token (except {@link #MINIMAL}) names and every verifier requires. */
  public static final String AUDIENCE = "https://api.statebench.dev";
  /** Lifetime of an issued token. */
  public static final Duration LIFETIME = Duration.ofHours(1);

  private static final int FAT_PERMISSIONS = 60;
  private static final String[] RESOURCES = {"orders", "invoices", "customers", "products", "reports", "tickets"};
  private static final String[] ACTIONS = {"read", "write", "delete", "approve", "export"};

  abstract void addClaims(JWTClaimsSet.Builder claims, int index);

  /** The claims of token number {@code index} issued at {@code issuedAt} (second precision, as in the JWT). */
  public JWTClaimsSet claims(int index, Instant issuedAt) {
    Instant iat = Instant.ofEpochSecond(issuedAt.getEpochSecond());
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
        .subject("user-" + index)
        .issueTime(Date.from(iat))
        .expirationTime(Date.from(iat.plus(LIFETIME)));
    addClaims(claims, index);
    return claims.build();
  }

  /** {@code true} if tokens of this profile carry {@code iss}, {@code aud}, {@code nbf} and {@code jti}. */
  public boolean hasRegisteredClaims() {
    return this != MINIMAL;
  }

  private static void addRegisteredClaims(JWTClaimsSet.Builder claims, int index) {
    JWTClaimsSet partial = claims.build();
    claims.issuer(ISSUER)
        .audience(AUDIENCE)
        .notBeforeTime(partial.getIssueTime())
        .jwtID(UUID.nameUUIDFromBytes(("token-" + index).getBytes(StandardCharsets.UTF_8)).toString());
  }

  private static List<String> numbered(int count, IntFunction<String> name) {
    List<String> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(name.apply(i));
    }
    return values;
  }
}
