package dev.statebench.lbsim.model;

/**
 * A seedable SplitMix64 generator (Steele, Lea, Flood, "Fast splittable pseudorandom number generators",
 * OOPSLA 2014): a Weyl sequence passed through {@link Mix64}. Unlike {@link java.util.SplittableRandom} it can be
 * re-seeded in place, which lets the engine give every (session, request) pair its own reproducible draws without
 * allocating (common random numbers across policies).
 */
public final class RandomStream {
  private long state;

  public RandomStream(long seed) {
    this.state = seed;
  }

  /** Restarts the stream at a new seed. */
  public void reseed(long seed) {
    state = seed;
  }

  public long nextLong() {
    state += Mix64.GOLDEN_GAMMA;
    return Mix64.mix(state);
  }

  /** A uniform double in [0, 1). */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** A uniform double in (0, 1], safe as the argument of a logarithm. */
  public double nextOpenDouble() {
    return ((nextLong() >>> 11) + 1) * 0x1.0p-53;
  }

  /**
   * A uniform int in [0, bound) by Lemire's multiply-shift; the bias is below bound / 2^32, far under the
   * statistical resolution of any simulation run here.
   */
  public int nextInt(int bound) {
    return (int) (((nextLong() >>> 32) * bound) >>> 32);
  }
}
