package dev.statebench.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statebench.jwt.CryptoProvider;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.TokenProfile;
import dev.statebench.jwt.VerifierConfiguration;
import dev.statebench.jwt.VerifyPath;
import dev.statebench.jwt.gate.SecurityGateException;
import org.junit.jupiter.api.Test;

/** A benchmark's trial set-up gates its verifier on the fork's own JVM before anything is timed. */
class GatedTokenPoolTest {

  @Test
  void verifierFailingTheGate_isRefusedAtTrialSetUp() {
    // a configuration that claims the deployable REUSED path, served by a verifier that only parses
    VerifierConfiguration claimed = VerifierConfiguration.of(JwtAlgorithm.ES256, VerifyPath.REUSED,
        CryptoProvider.JDK, TokenProfile.TYPICAL, 1);
    var parsesOnly = VerifierConfiguration.of(JwtAlgorithm.ES256, VerifyPath.PARSE_ONLY, CryptoProvider.JDK,
        TokenProfile.TYPICAL, 1).newVerifier();

    assertThatThrownBy(() -> GatedTokenPool.prepare(claimed, parsesOnly))
        .isInstanceOf(SecurityGateException.class)
        .hasMessageContaining("alg=ES256 path=REUSED");
  }

  @Test
  void verifierPassingTheGate_getsAPoolOfDistinctValidTokens() throws Exception {
    VerifierConfiguration config = VerifierConfiguration.of(JwtAlgorithm.HS256, VerifyPath.REUSED,
        CryptoProvider.JDK, TokenProfile.TYPICAL, 1);

    GatedTokenPool pool = GatedTokenPool.prepare(config);

    assertThat(pool.tokens).hasSize(GatedTokenPool.SIZE).doesNotHaveDuplicates();
    assertThat(pool.verifier.verify(pool.tokens[GatedTokenPool.MASK]).getSubject()).isNotBlank();
  }
}
