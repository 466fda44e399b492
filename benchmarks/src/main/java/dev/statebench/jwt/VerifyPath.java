package dev.statebench.jwt;

import java.util.Locale;

/**
 * How a token is verified: a benchmark axis (a JMH {@code @Param}) and the factory of the {@link JwtVerifier}.
 * {@link #REUSED} and {@link #PROCESSOR} are deployable verifiers and must pass the full security gate;
 * {@link #JCA_BASELINE} and {@link #PARSE_ONLY} are floors that show where the time goes.
 */
public enum VerifyPath {
  /** A verifier built once per key, algorithm pinned, then signature and claims checks. */
  REUSED(true) {
    @Override
    JwtVerifier build(VerifierConfiguration config) {
      return new PinnedKeyVerifier(config);
    }
  },
  /** Nimbus {@code DefaultJWTProcessor} with a key selector over the ring's JWK set: what frameworks run. */
  PROCESSOR(true) {
    @Override
    JwtVerifier build(VerifierConfiguration config) {
      return new ProcessorVerifier(config);
    }
  },
  /** Raw JCA signature or MAC over the signing input: the cryptographic floor. */
  JCA_BASELINE(false) {
    @Override
    JwtVerifier build(VerifierConfiguration config) {
      return new JcaBaselineVerifier(config);
    }
  },
  /** Base64url and JSON parsing only: the parsing floor. */
  PARSE_ONLY(false) {
    @Override
    JwtVerifier build(VerifierConfiguration config) {
      return new ParseOnlyVerifier();
    }
  };

  private final boolean deployable;

  VerifyPath(boolean deployable) {
    this.deployable = deployable;
  }

  abstract JwtVerifier build(VerifierConfiguration config);

  /** {@code true} for paths that check algorithm, key, signature and claims, and so must reject every attack. */
  public boolean deployable() {
    return deployable;
  }

  /** Parses a command-line value such as {@code reused} or {@code jca-baseline}. */
  public static VerifyPath parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
