package dev.statebench.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class VerifierCombinationsTest {

  static Stream<Arguments> everyCombination() {
    List<Arguments> all = new ArrayList<>();
    for (JwtAlgorithm alg : JwtAlgorithm.values()) {
      for (VerifyPath path : VerifyPath.values()) {
        for (CryptoProvider provider : CryptoProvider.values()) {
          for (TokenProfile profile : TokenProfile.values()) {
            all.add(Arguments.of(alg, path, provider, profile));
          }
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2} {3}")
  @MethodSource("everyCombination")
  void everyCombination_constructsAndAcceptsItsValidTokens(JwtAlgorithm alg, VerifyPath path,
      CryptoProvider provider, TokenProfile profile) throws Exception {
    String unavailable = provider.unavailableReason();
    assumeTrue(unavailable == null, unavailable);
    VerifierConfiguration config = VerifierConfiguration.of(alg, path, provider, profile, 1);
    JwtVerifier verifier = config.newVerifier();
    String token = new TokenIssuer(config.ring(), provider).issue(profile, 5, Instant.now());

    JWTClaimsSet claims = verifier.verify(token);

    if (path == VerifyPath.JCA_BASELINE) {
      assertThat(claims).isNull();
    } else {
      assertThat(claims.getSubject()).isEqualTo("user-5");
    }
  }
}
