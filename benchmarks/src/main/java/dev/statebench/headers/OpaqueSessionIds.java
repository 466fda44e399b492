package dev.statebench.headers;

import java.util.Base64;
import java.util.SplittableRandom;

/**
 * Opaque session ids as a session store issues them: 128 random bits, base64url without padding, so always 22
 * characters. Ids here are derived from a seed so tables are reproducible; a real server draws them from a
 * {@link java.security.SecureRandom}, which changes their value but not their size.
 */
public final class OpaqueSessionIds {
  /** Characters of an id: ⌈128 / 6⌉. */
  public static final int LENGTH = 22;

  private static final int ID_BYTES = 16;
  /** Spreads consecutive indexes over the seed space (the golden-ratio increment SplittableRandom itself uses). */
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private OpaqueSessionIds() {}

  /** Session id number {@code index} of the stream seeded by {@code seed}. */
  public static String id(long seed, int index) {
    SplittableRandom random = new SplittableRandom(seed + GOLDEN_GAMMA * index);
    byte[] bytes = new byte[ID_BYTES];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
