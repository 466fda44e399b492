package dev.statebench.lbsim.model;

import java.nio.charset.StandardCharsets;

/**
 * The one 64-bit mixer used for hashing and for deriving random streams: David Stafford's "Mix13" variant of the
 * MurmurHash3 {@code fmix64} finalizer, the same function SplitMix64 and {@link java.util.SplittableRandom} use.
 * Every input bit affects every output bit with probability close to 1/2 (full avalanche), so consecutive keys
 * such as session numbers or backend indexes spread uniformly over the 64-bit ring.
 *
 * @see <a href="https://zimbry.blogspot.com/2011/09/better-bit-mixing-improving-on.html">Stafford, Better Bit Mixing</a>
 */
public final class Mix64 {
  /** The golden-ratio increment of SplitMix64 (2^64 / φ, odd). */
  public static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private Mix64() {}

  /** Mixes one 64-bit value. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** Hashes a key under a seed, so that independent seeds give independent hash functions. */
  public static long hash(long key, long seed) {
    return mix(key ^ mix(seed + GOLDEN_GAMMA));
  }

  /** Hashes two values (e.g. a key and a backend) under a seed; not symmetric in its arguments. */
  public static long hash(long first, long second, long seed) {
    return mix(hash(first, seed) + second * GOLDEN_GAMMA);
  }

  /** Hashes a name (e.g. a backend's name) under a seed, eight bytes per mixing step. */
  public static long hash(String name, long seed) {
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    long h = mix(seed ^ bytes.length);
    long word = 0;
    for (int i = 0; i < bytes.length; i++) {
      word = (word << 8) | (bytes[i] & 0xff);
      if ((i & 7) == 7) {
        h = mix(h ^ word);
        word = 0;
      }
    }
    return mix(h ^ word ^ GOLDEN_GAMMA);
  }
}
