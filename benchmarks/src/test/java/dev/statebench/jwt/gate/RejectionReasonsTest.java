package dev.statebench.jwt.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.statebench.jwt.CryptoProvider;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.JwtVerifier;
import dev.statebench.jwt.KeyFamily;
import dev.statebench.jwt.RejectReason;
import dev.statebench.jwt.TokenProfile;
import dev.statebench.jwt.TokenRejectedException;
import dev.statebench.jwt.VerifierConfiguration;
import dev.statebench.jwt.VerifyPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every attack class of the corpus is refused for its own reason, for each key family, on each verification path
 * that runs different code, with each crypto provider that path really uses. The expected reasons are written out
 * below by hand from what each forgery is; they are not read from the verifiers.
 *
 * <p>The two deployable paths must agree: a framework's processor and the pinned verifier refuse the same forgery for
 * the same reason. The JCA floor checks signatures only, so it is held to the two tampering classes.
 */
class RejectionReasonsTest {

  /** One algorithm per key family: the family decides which forgeries are possible and how they fail. */
  private static final List<JwtAlgorithm> ONE_PER_FAMILY = List.of(JwtAlgorithm.HS256, JwtAlgorithm.RS256,
      JwtAlgorithm.ES256, JwtAlgorithm.EDDSA);

  /** What the JCA floor must refuse (it checks nothing but the signature, by design). */
  private static final Set<Attack> FLOOR_ATTACKS = EnumSet.of(Attack.TAMPERED_PAYLOAD, Attack.TAMPERED_SIGNATURE);

  static Stream<Arguments> distinctPaths() {
    List<Arguments> configurations = new ArrayList<>();
    for (JwtAlgorithm alg : ONE_PER_FAMILY) {
      for (VerifyPath path : List.of(VerifyPath.REUSED, VerifyPath.PROCESSOR, VerifyPath.JCA_BASELINE)) {
        // Ed25519 goes through Tink whatever the JCA provider: one provider covers its code
        List<CryptoProvider> providers = alg.family() == KeyFamily.OKP
            ? List.of(CryptoProvider.JDK)
            : List.of(CryptoProvider.values());
        for (CryptoProvider provider : providers) {
          configurations.add(Arguments.of(alg.family(), path, provider,
              VerifierConfiguration.of(alg, path, provider, TokenProfile.TYPICAL, 1)));
        }
      }
    }
    return configurations.stream();
  }

  /**
   * The reason a deployable verifier must give for each attack class against a key of {@code family}.
   *
   * <p>Forgeries signed with the attacker's key under the legitimate {@code kid} find the legitimate key and fail its
   * signature check; forgeries whose header names another algorithm fail the algorithm pin before any key is used.
   */
  static RejectReason expectedReason(Attack attack, KeyFamily family) {
    return switch (attack) {
      case ALG_NONE, ALGORITHM_CONFUSION -> RejectReason.ALGORITHM_NOT_ALLOWED;
      // against an HMAC key the attacker has no public key to embed and signs RS256 with its own RSA key
      case EMBEDDED_JWK -> family == KeyFamily.HMAC ? RejectReason.ALGORITHM_NOT_ALLOWED : RejectReason.BAD_SIGNATURE;
      case JKU_HEADER, X5U_HEADER -> RejectReason.BAD_SIGNATURE;
      case KID_INJECTION -> RejectReason.UNKNOWN_KEY;
      // r = s = 0 under ES256 is a signature failure for an EC key, an algorithm mismatch for any other key
      case ECDSA_ZERO_SIGNATURE -> family == KeyFamily.EC ? RejectReason.BAD_SIGNATURE
          : RejectReason.ALGORITHM_NOT_ALLOWED;
      case UNKNOWN_CRIT -> RejectReason.UNSUPPORTED_CRITICAL_HEADER;
      case EXPIRED -> RejectReason.EXPIRED;
      case NOT_YET_VALID -> RejectReason.NOT_YET_VALID;
      case WRONG_ISSUER -> RejectReason.WRONG_ISSUER;
      case WRONG_AUDIENCE -> RejectReason.WRONG_AUDIENCE;
      case TAMPERED_PAYLOAD, TAMPERED_SIGNATURE -> RejectReason.BAD_SIGNATURE;
      case WRONG_SEGMENT_COUNT, DUPLICATE_KEYS, DEEP_NESTING -> RejectReason.MALFORMED;
      case OVERSIZED -> RejectReason.OVERSIZED;
    };
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("distinctPaths")
  void everyAttackClass_isRejectedForItsOwnReason(KeyFamily family, VerifyPath path, CryptoProvider provider,
      VerifierConfiguration config) {
    String unavailable = provider.unavailableReason();
    assumeTrue(unavailable == null, unavailable);
    JwtVerifier verifier = config.newVerifier();
    List<String> wrong = new ArrayList<>();
    Set<Attack> checked = EnumSet.noneOf(Attack.class);

    for (ForgedToken forged : AttackCorpus.against(config, Instant.now())) {
      if (path == VerifyPath.JCA_BASELINE && !FLOOR_ATTACKS.contains(forged.attack())) {
        continue;
      }
      RejectReason expected = expectedReason(forged.attack(), family);
      checked.add(forged.attack());
      try {
        verifier.verify(forged.token());
        wrong.add(forged + ": ACCEPTED, expected " + expected.label());
      } catch (TokenRejectedException e) {
        if (e.reason() != expected) {
          wrong.add(forged + ": " + e.reason().label() + " (" + e.getMessage() + "), expected " + expected.label());
        }
      }
    }

    assertThat(wrong).as("rejections with the wrong reason for " + config).isEmpty();
    assertThat(checked).isEqualTo(path == VerifyPath.JCA_BASELINE ? FLOOR_ATTACKS : EnumSet.allOf(Attack.class));
  }
}
