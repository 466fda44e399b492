package dev.statebench.jwt.gate;

import dev.statebench.jwt.CryptoProvider;
import dev.statebench.jwt.JwtVerifier;
import dev.statebench.jwt.TokenIssuer;
import dev.statebench.jwt.TokenRejectedException;
import dev.statebench.jwt.VerifierConfiguration;
import dev.statebench.jwt.VerifyPath;
import java.time.Instant;
import java.util.List;

/**
 * Checks a verifier configuration before it is timed. Every configuration must accept its valid tokens. A deployable
 * path ({@link VerifyPath#deployable()}) must also refuse every token of the {@link AttackCorpus}; the
 * {@link VerifyPath#JCA_BASELINE} floor must refuse tampered payloads and signatures (it checks nothing else by design);
 * {@link VerifyPath#PARSE_ONLY} verifies nothing and is held only to parsing valid tokens.
 *
 * <p>An unchecked exception on any input also fails the gate: a verifier must answer every token with accept or reject.
 * Valid tokens are checked before and again after the attacks, because the checked instance is the one then timed.
 * The benchmarks call {@link #check} in their trial set-up, so a configuration cannot be timed without passing it.
 */
public final class SecurityGate {
  private SecurityGate() {}

  /**
   * Checks {@code verifier}, built from {@code config}; returns the number of tokens checked.
   *
   * @throws SecurityGateException naming the configuration and the attack (or valid token) it mishandled
   */
  public static int check(VerifierConfiguration config, JwtVerifier verifier) {
    Instant now = Instant.now();
    List<String> valid = new TokenIssuer(config.ring(), CryptoProvider.JDK)
        .pool(config.profile(), 2 * config.ringSize(), now);
    int checked = acceptsAll(config, verifier, valid, "");
    for (ForgedToken forged : AttackCorpus.against(config, now)) {
      if (!mustReject(config.path(), forged.attack())) {
        continue;
      }
      try {
        verifier.verify(forged.token());
      } catch (TokenRejectedException expected) {
        checked++;
        continue;
      } catch (RuntimeException e) {
        throw crashed(config, "attack " + forged, e);
      }
      throw new SecurityGateException("security gate: configuration [" + config + "] ACCEPTED attack " + forged
          + "; it will not be timed");
    }
    // the same verifier instance is timed next: rejecting attacks must not have left it in a broken state
    return checked + acceptsAll(config, verifier, valid, " after the attack corpus");
  }

  private static int acceptsAll(VerifierConfiguration config, JwtVerifier verifier, List<String> valid,
      String when) {
    for (int i = 0; i < valid.size(); i++) {
      try {
        verifier.verify(valid.get(i));
      } catch (TokenRejectedException e) {
        throw new SecurityGateException("security gate: configuration [" + config + "] rejects valid token #" + i
            + when + ": " + e.reason().label() + ": " + e.getMessage());
      } catch (RuntimeException e) {
        throw crashed(config, "valid token #" + i + when, e);
      }
    }
    return valid.size();
  }

  /** Builds the verifier of {@code config} and checks it; returns the number of tokens checked. */
  public static int check(VerifierConfiguration config) {
    return check(config, config.newVerifier());
  }

  private static boolean mustReject(VerifyPath path, Attack attack) {
    return switch (path) {
      case REUSED, PROCESSOR -> true;
      case JCA_BASELINE -> attack == Attack.TAMPERED_PAYLOAD || attack == Attack.TAMPERED_SIGNATURE;
      case PARSE_ONLY -> false;
    };
  }

  private static SecurityGateException crashed(VerifierConfiguration config, String input, RuntimeException e) {
    return new SecurityGateException("security gate: configuration [" + config + "] threw " + e
        + " on " + input + " instead of rejecting it");
  }
}
