package dev.statebench.jmh;

import dev.statebench.jwt.JwtVerifier;
import dev.statebench.jwt.TokenIssuer;
import dev.statebench.jwt.VerifierConfiguration;
import dev.statebench.jwt.gate.SecurityGate;
import java.time.Instant;

/**
 * What a verification benchmark needs at trial set-up: the verifier of one configuration, checked by the
 * {@link SecurityGate} on the benchmark's own JVM (a JDK-specific flaw such as CVE-2022-21449 shows only there), and a
 * pool of distinct valid tokens signed round-robin by the ring's keys.
 */
final class GatedTokenPool {
  /** Pool size: a power of two, so benchmarks index it with {@code i++ & MASK}. */
  static final int SIZE = 256;
  static final int MASK = SIZE - 1;

  final JwtVerifier verifier;
  final String[] tokens;

  private GatedTokenPool(JwtVerifier verifier, String[] tokens) {
    this.verifier = verifier;
    this.tokens = tokens;
  }

  /**
   * Builds, gates and fills; throws if the provider cannot run here or the configuration fails the gate, so a
   * configuration is never timed unchecked.
   */
  static GatedTokenPool prepare(VerifierConfiguration config) {
    return prepare(config, config.newVerifier());
  }

  /** {@link #prepare(VerifierConfiguration)} with the verifier given (the gate holds it to {@code config}'s path). */
  static GatedTokenPool prepare(VerifierConfiguration config, JwtVerifier verifier) {
    int checked = SecurityGate.check(config, verifier);
    System.out.println("security gate passed: [" + config + "], " + checked + " tokens checked");
    String[] tokens = new TokenIssuer(config.ring(), config.provider())
        .pool(config.profile(), SIZE, Instant.now()).toArray(String[]::new);
    return new GatedTokenPool(verifier, tokens);
  }
}
