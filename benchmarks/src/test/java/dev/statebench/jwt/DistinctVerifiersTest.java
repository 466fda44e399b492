package dev.statebench.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nimbusds.jwt.JWTClaimsSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every verifier configuration that really runs different code, each shown to accept its own token and to reject a
 * forgery with the exact reason. Distinct means: every algorithm (key sizes included) on every path; the crypto
 * provider only where it is used (HMAC, RSA and EC on the signature-checking paths; Ed25519 goes through Tink whatever
 * the provider, and the parse-only path does no cryptography); one token profile (profiles change the token's size,
 * not the code path: their cost is measured, their correctness is the same claims).
 */
class DistinctVerifiersTest {

  static Stream<Arguments> distinctConfigurations() {
    List<Arguments> distinct = new ArrayList<>();
    for (JwtAlgorithm alg : JwtAlgorithm.values()) {
      for (VerifyPath path : VerifyPath.values()) {
        boolean providerMatters = path != VerifyPath.PARSE_ONLY && alg.family() != KeyFamily.OKP;
        for (CryptoProvider provider : providerMatters ? CryptoProvider.values() : new CryptoProvider[] {
            CryptoProvider.JDK}) {
          distinct.add(Arguments.of(alg, path, provider));
        }
      }
    }
    return distinct.stream();
  }

  /** {@code token} with one character of its signature changed (not the last: it may carry only padding bits). */
  private static String forgedSignature(String token) {
    int at = token.length() - 8;
    char replacement = token.charAt(at) == 'A' ? 'B' : 'A';
    return token.substring(0, at) + replacement + token.substring(at + 1);
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("distinctConfigurations")
  void configuration_acceptsItsTokenAndRejectsAForgery(JwtAlgorithm alg, VerifyPath path, CryptoProvider provider)
      throws Exception {
    String unavailable = provider.unavailableReason();
    assumeTrue(unavailable == null, unavailable);
    VerifierConfiguration config = VerifierConfiguration.of(alg, path, provider, TokenProfile.TYPICAL, 1);
    JwtVerifier verifier = config.newVerifier();
    String token = new TokenIssuer(config.ring(), provider).issue(TokenProfile.TYPICAL, 5, Instant.now());

    JWTClaimsSet claims = verifier.verify(token);

    if (path == VerifyPath.JCA_BASELINE) {
      assertThat(claims).isNull();
    } else {
      assertThat(claims.getSubject()).isEqualTo("user-5");
    }
    if (path == VerifyPath.PARSE_ONLY) {
      // the parsing floor checks nothing but the syntax: a forged signature passes, a broken payload does not
      assertThat(verifier.verify(forgedSignature(token)).getSubject()).isEqualTo("user-5");
      String brokenPayload = token.substring(0, token.indexOf('.') + 1) + "e30x" + token.substring(
          token.lastIndexOf('.'));
      assertThatThrownBy(() -> verifier.verify(brokenPayload)).isInstanceOfSatisfying(TokenRejectedException.class,
          e -> assertThat(e.reason()).isEqualTo(RejectReason.MALFORMED));
    } else {
      assertThatThrownBy(() -> verifier.verify(forgedSignature(token)))
          .isInstanceOfSatisfying(TokenRejectedException.class,
              e -> assertThat(e.reason()).isEqualTo(RejectReason.BAD_SIGNATURE));
    }
  }
}
