package dev.statebench.jwt;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;
import java.security.SecureRandom;

/**
 * Seeded random streams for fixture keys: the same seed and label always yield the same bytes, on every JDK.
 *
 * <p>The stream is the SUN provider's {@code SHA1PRNG}, which is fully determined by a seed supplied before its first
 * use. Each label (a key id) gets its own stream derived as SHA-256(domain, seed, label), so adding a key never shifts
 * the others. These keys are test fixtures, published on purpose: never use them to protect anything.
 */
final class DeterministicRandom {
  private static final String DOMAIN = "statebench-jwt-fixture-v1";

  private DeterministicRandom() {}

  /** A fresh stream for {@code label} under {@code seed}. */
  static SecureRandom forLabel(long seed, String label) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] derived = sha256.digest((DOMAIN + '|' + seed + '|' + label).getBytes(StandardCharsets.UTF_8));
      SecureRandom random = SecureRandom.getInstance("SHA1PRNG", "SUN");
      random.setSeed(derived);
      return random;
    } catch (NoSuchAlgorithmException | NoSuchProviderException e) {
      throw new IllegalStateException("this JDK lacks SHA-256 or SUN's SHA1PRNG, both required by the platform", e);
    }
  }
}
