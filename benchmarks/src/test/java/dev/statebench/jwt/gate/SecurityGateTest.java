package dev.statebench.jwt.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.statebench.jwt.CryptoProvider;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.JwtVerifier;
import dev.statebench.jwt.TokenProfile;
import dev.statebench.jwt.TokenRejectedException;
import dev.statebench.jwt.VerifierConfiguration;
import dev.statebench.jwt.VerifyPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class SecurityGateTest {

  static Stream<Arguments> deployableConfigurations() {
    List<Arguments> configs = new ArrayList<>();
    for (JwtAlgorithm alg : JwtAlgorithm.values()) {
      for (VerifyPath path : List.of(VerifyPath.REUSED, VerifyPath.PROCESSOR)) {
        configs.add(Arguments.of(VerifierConfiguration.of(alg, path, CryptoProvider.JDK, TokenProfile.TYPICAL, 3)));
      }
    }
    for (JwtAlgorithm alg : List.of(JwtAlgorithm.HS256, JwtAlgorithm.RS256, JwtAlgorithm.PS256, JwtAlgorithm.ES256,
        JwtAlgorithm.EDDSA)) {
      for (CryptoProvider provider : List.of(CryptoProvider.BOUNCY_CASTLE, CryptoProvider.ACCP)) {
        configs.add(Arguments.of(VerifierConfiguration.of(alg, VerifyPath.REUSED, provider, TokenProfile.TYPICAL, 1)));
      }
      configs.add(Arguments.of(
          VerifierConfiguration.of(alg, VerifyPath.PROCESSOR, CryptoProvider.JDK, TokenProfile.MINIMAL, 1)));
      configs.add(Arguments.of(
          VerifierConfiguration.of(alg, VerifyPath.REUSED, CryptoProvider.JDK, TokenProfile.GROUPS_200, 10)));
    }
    return configs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployableConfigurations")
  void deployableConfiguration_rejectsEveryForgedTokenOfTheCorpus(VerifierConfiguration config) {
    assumeProviderRuns(config.provider());
    JwtVerifier verifier = config.newVerifier();
    List<String> accepted = new ArrayList<>();
    for (ForgedToken forged : AttackCorpus.against(config, Instant.now())) {
      try {
        verifier.verify(forged.token());
        accepted.add(forged.toString());
      } catch (TokenRejectedException expected) {
        assertThat(expected.reason()).isNotNull();
      }
    }
    assertThat(accepted).as("attacks accepted by " + config).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deployableConfigurations")
  void deployableConfiguration_passesTheGate(VerifierConfiguration config) {
    assumeProviderRuns(config.provider());

    assertThat(SecurityGate.check(config)).isGreaterThan(2 * config.ringSize() + Attack.values().length);
  }

  @ParameterizedTest
  @EnumSource(JwtAlgorithm.class)
  void corpus_coversEveryAttackClassForEveryAlgorithm(JwtAlgorithm alg) {
    List<ForgedToken> corpus = AttackCorpus.against(
        VerifierConfiguration.of(alg, VerifyPath.REUSED, CryptoProvider.JDK, TokenProfile.MINIMAL, 1), Instant.now());

    Set<Attack> covered = corpus.stream().map(ForgedToken::attack).collect(Collectors.toSet());
    assertThat(covered).isEqualTo(EnumSet.allOf(Attack.class));
    assertThat(corpus.stream().map(ForgedToken::token).collect(Collectors.toSet())).hasSize(corpus.size());
  }

  @Test
  void gate_stopsAVerifierThatAcceptsAnAttackAndNamesConfigurationAndAttack() {
    VerifierConfiguration claimed = VerifierConfiguration.of(JwtAlgorithm.RS256, VerifyPath.REUSED,
        CryptoProvider.JDK, TokenProfile.TYPICAL, 1);
    JwtVerifier parsesOnly = VerifierConfiguration.of(JwtAlgorithm.RS256, VerifyPath.PARSE_ONLY,
        CryptoProvider.JDK, TokenProfile.TYPICAL, 1).newVerifier();

    assertThatThrownBy(() -> SecurityGate.check(claimed, parsesOnly))
        .isInstanceOf(SecurityGateException.class)
        .hasMessageContaining("alg=RS256 path=REUSED")
        .hasMessageContaining("ACCEPTED attack ALG_NONE");
  }

  @ParameterizedTest
  @EnumSource(JwtAlgorithm.class)
  void jcaBaseline_passesTheGateAndStillVerifiesAfterRejectingForgeries(JwtAlgorithm alg) throws Exception {
    VerifierConfiguration baseline = VerifierConfiguration.of(alg, VerifyPath.JCA_BASELINE, CryptoProvider.JDK,
        TokenProfile.TYPICAL, 1);

    assertThat(SecurityGate.check(baseline)).isEqualTo(2 + 2 + 4);
  }

  @Test
  void gate_holdsTheJcaBaselineToRejectingForgedSignatures() {
    VerifierConfiguration baseline = VerifierConfiguration.of(JwtAlgorithm.ES256, VerifyPath.JCA_BASELINE,
        CryptoProvider.JDK, TokenProfile.TYPICAL, 1);
    JwtVerifier acceptsAnything = VerifierConfiguration.of(JwtAlgorithm.ES256, VerifyPath.PARSE_ONLY,
        CryptoProvider.JDK, TokenProfile.TYPICAL, 1).newVerifier();

    assertThat(SecurityGate.check(baseline)).isPositive();
    assertThatThrownBy(() -> SecurityGate.check(baseline, acceptsAnything))
        .hasMessageContaining("ACCEPTED attack TAMPERED_PAYLOAD");
  }

  private static void assumeProviderRuns(CryptoProvider provider) {
    String reason = provider.unavailableReason();
    assumeTrue(reason == null, reason);
  }
}
