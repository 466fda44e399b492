package dev.statebench.jwt;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWK;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class KeyFixturesTest {

  @ParameterizedTest
  @EnumSource(JwtAlgorithm.class)
  void sameSeed_generatesIdenticalKeysInIndependentGenerations(JwtAlgorithm alg) {
    JWK first = KeyFixtures.uncached(KeyFixtures.DEFAULT_SEED).key(alg, 1);
    JWK second = KeyFixtures.uncached(KeyFixtures.DEFAULT_SEED).key(alg, 1);

    assertThat(second.toJSONString()).isEqualTo(first.toJSONString());
  }

  @ParameterizedTest
  @EnumSource(value = JwtAlgorithm.class, names = {"HS256", "ES256", "EDDSA", "RS256"})
  void differentSeeds_generateDifferentKeys(JwtAlgorithm alg) throws JOSEException {
    JWK standard = KeyFixtures.uncached(KeyFixtures.DEFAULT_SEED).key(alg, 0);
    JWK other = KeyFixtures.uncached(KeyFixtures.DEFAULT_SEED + 1).key(alg, 0);

    assertThat(other.computeThumbprint()).isNotEqualTo(standard.computeThumbprint());
  }

  @Test
  void defaultSeed_reproducesThePublishedFixtureKeys() throws JOSEException {
    // Regression oracle: the SHA-256 JWK thumbprints (RFC 7638) of the published fixtures, identical on JDK 17 and 25. If these change, every
    // token and JWK set written by earlier versions stops verifying: change the seed domain, never silently.
    KeyFixtures fixtures = KeyFixtures.uncached(KeyFixtures.DEFAULT_SEED);

    assertThat(fixtures.key(JwtAlgorithm.HS256, 0).computeThumbprint().toString())
        .isEqualTo(PUBLISHED_HS256_THUMBPRINT);
    assertThat(fixtures.key(JwtAlgorithm.ES256, 0).computeThumbprint().toString())
        .isEqualTo(PUBLISHED_ES256_THUMBPRINT);
    assertThat(fixtures.key(JwtAlgorithm.EDDSA, 0).computeThumbprint().toString())
        .isEqualTo(PUBLISHED_EDDSA_THUMBPRINT);
  }

  @ParameterizedTest
  @EnumSource(JwtAlgorithm.class)
  void keys_carryKidAlgUseAndTheAlgorithmsKeySize(JwtAlgorithm alg) {
    JWK key = KeyFixtures.standard().key(alg, 0);

    assertThat(key.getKeyID()).isEqualTo(alg.kidPrefix() + "-0");
    assertThat(key.getAlgorithm()).isEqualTo(alg.jws());
    assertThat(key.getKeyUse().identifier()).isEqualTo("sig");
    assertThat(key.isPrivate()).isTrue();
    assertThat(key.size()).isEqualTo(alg.family() == KeyFamily.OKP ? 256 : alg.keyBits());
  }

  @Test
  void ringOfTen_hasTenDistinctKeysSharingTheFirstKeysWithSmallerRings() throws JOSEException {
    KeyRing ten = KeyFixtures.standard().ring(JwtAlgorithm.ES256, 10);
    KeyRing three = KeyFixtures.standard().ring(JwtAlgorithm.ES256, 3);

    Set<String> thumbprints = new HashSet<>();
    for (JWK key : ten.keys()) {
      thumbprints.add(key.computeThumbprint().toString());
    }
    assertThat(thumbprints).hasSize(10);
    assertThat(ten.keys().subList(0, 3)).isEqualTo(three.keys());
    assertThat(ten.signingKey(13)).isEqualTo(ten.keys().get(3));
  }

  @Test
  void verificationKeys_arePublicForAsymmetricAndSecretForHmac() {
    assertThat(KeyFixtures.standard().ring(JwtAlgorithm.RS256, 3).verificationKeys().getKeys())
        .hasSize(3).noneMatch(JWK::isPrivate);
    assertThat(KeyFixtures.standard().ring(JwtAlgorithm.HS256, 3).verificationKeys().getKeys())
        .hasSize(3).allMatch(JWK::isPrivate);
  }

  private static final String PUBLISHED_HS256_THUMBPRINT = "mHRHNFLcXGL3gMpq-d6o5JztxLlmo-huX-n55AZbLSE";
  private static final String PUBLISHED_ES256_THUMBPRINT = "NbEl3emhq3VOCph15W3Rj9m-z44K2kWcEN8uLo8lZPE";
  private static final String PUBLISHED_EDDSA_THUMBPRINT = "H9_5XYthfqZqwhIlrrIfpZpZSQW0cawbZF9sntHWuk4";
}
