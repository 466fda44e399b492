package dev.statebench.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TokenIssuerTest {
  private static final Instant ISSUED_AT = Instant.parse("2026-01-01T00:00:00Z");

  @ParameterizedTest
  @EnumSource(JwtAlgorithm.class)
  void issuedTokens_verifyWithTheRingKeyNamedByKid(JwtAlgorithm alg) throws Exception {
    KeyRing ring = KeyFixtures.standard().ring(alg, 3);
    TokenIssuer issuer = new TokenIssuer(ring, CryptoProvider.JDK);

    for (int i = 0; i < 6; i++) {
      SignedJWT jwt = SignedJWT.parse(issuer.issue(TokenProfile.TYPICAL, i, ISSUED_AT));
      JWK key = ring.verificationKeys().getKeyByKeyId(jwt.getHeader().getKeyID());

      assertThat(key).isEqualTo(ring.verificationKeys().getKeys().get(i % 3));
      assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(alg.jws());
      assertThat(jwt.verify(JwsVerifiers.forKey(alg, key, CryptoProvider.JDK))).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(TokenProfile.class)
  void pool_hasDistinctSubjectsAndTokenIds(TokenProfile profile) throws Exception {
    List<String> pool = new TokenIssuer(KeyFixtures.standard().ring(JwtAlgorithm.HS256, 1), CryptoProvider.JDK)
        .pool(profile, 16, ISSUED_AT);

    HashSet<String> subjects = new HashSet<>();
    for (String token : pool) {
      subjects.add(SignedJWT.parse(token).getJWTClaimsSet().getSubject());
    }
    assertThat(new HashSet<>(pool)).hasSize(16);
    assertThat(subjects).hasSize(16);
  }

  @ParameterizedTest
  @EnumSource(value = JwtAlgorithm.class, names = {"HS256", "RS256", "EDDSA"})
  void deterministicAlgorithms_issueByteIdenticalTokensAcrossGenerations(JwtAlgorithm alg) {
    // HMAC, RSASSA-PKCS1-v1_5 and Ed25519 signatures are deterministic; ECDSA and PSS are randomized.
    String first = new TokenIssuer(KeyFixtures.uncached(KeyFixtures.DEFAULT_SEED).ring(alg, 1), CryptoProvider.JDK)
        .issue(TokenProfile.TYPICAL, 7, ISSUED_AT);
    String second = new TokenIssuer(KeyFixtures.uncached(KeyFixtures.DEFAULT_SEED).ring(alg, 1), CryptoProvider.JDK)
        .issue(TokenProfile.TYPICAL, 7, ISSUED_AT);

    assertThat(second).isEqualTo(first);
  }
}
