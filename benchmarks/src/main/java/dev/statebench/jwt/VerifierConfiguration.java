package dev.statebench.jwt;

/**
 * One verifier configuration as the benchmarks time it and the security gate checks it.
 *
 * @param algorithm the algorithm every trusted key is pinned to
 * @param path how tokens are verified
 * @param provider which JCA provider does the cryptography
 * @param profile which token profile is expected (decides the required claims)
 * @param ringSize how many keys are active (K)
 * @param maxTokenChars the size cap, see {@link SizeCap#DEFAULT_MAX_TOKEN_CHARS}
 */
public record VerifierConfiguration(JwtAlgorithm algorithm, VerifyPath path, CryptoProvider provider,
    TokenProfile profile, int ringSize, int maxTokenChars) {

  public VerifierConfiguration {
    if (ringSize < 1) {
      throw new IllegalArgumentException("key ring size must be >= 1, got " + ringSize);
    }
    if (maxTokenChars < 1) {
      throw new IllegalArgumentException("token size cap must be >= 1, got " + maxTokenChars);
    }
  }

  /** The configuration with the default size cap. */
  public static VerifierConfiguration of(JwtAlgorithm algorithm, VerifyPath path, CryptoProvider provider,
      TokenProfile profile, int ringSize) {
    return new VerifierConfiguration(algorithm, path, provider, profile, ringSize, SizeCap.DEFAULT_MAX_TOKEN_CHARS);
  }

  /** The trusted keys, from the standard fixtures. */
  public KeyRing ring() {
    return KeyFixtures.standard().ring(algorithm, ringSize);
  }

  /** Builds the verifier. */
  public JwtVerifier newVerifier() {
    return path.build(this);
  }

  @Override
  public String toString() {
    return "alg=" + algorithm + " path=" + path + " provider=" + provider + " profile=" + profile
        + " keys=" + ringSize;
  }
}
