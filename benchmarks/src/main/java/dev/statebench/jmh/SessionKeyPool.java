package dev.statebench.jmh;

import dev.statebench.session.SessionId;

/**
 * Pre-generated session ids for lookups, indexed with {@code i++ & MASK}. Hits walk the <em>whole</em> population of
 * a {@link dev.statebench.session.SessionStore#populate populated} store: entry {@code i} is session
 * {@code (i × ODD mod SIZE) mod population}, and since multiplying by an odd number permutes {@code 0 … SIZE-1}, every
 * session below the population (up to {@value #SIZE}) is read at least once per pass, in a scattered order, so a
 * million-session population is a million sessions read, not a small hot pool. Misses are ids of another seed, which
 * no populated session has. About 80 MB of ids per trial.
 */
final class SessionKeyPool {
  /** Pool size: a power of two, at least the largest population a benchmark populates (1,000,000). */
  static final int SIZE = 1 << 20;
  static final int MASK = SIZE - 1;
  /** The seed benchmarks populate with. */
  static final long SEED = 42;
  /** An odd multiplier (the 64-bit golden ratio, truncated), so {@code i × ODD mod SIZE} is a permutation. */
  private static final long ODD = 0x9E3779B97F4A7C15L;

  private SessionKeyPool() {}

  /** Ids of populated sessions {@code 0 … population-1} of {@link #SEED}, every one of them when it fits. */
  static SessionId[] hits(int population) {
    if (population < 1) {
      throw new IllegalArgumentException("a hit needs a population of at least 1, got " + population);
    }
    SessionId[] ids = new SessionId[SIZE];
    for (int i = 0; i < SIZE; i++) {
      long permuted = (i * ODD) & MASK;
      ids[i] = SessionId.deterministic(SEED, permuted % population);
    }
    return ids;
  }

  /** Ids that no session of {@link #SEED} has. */
  static SessionId[] misses() {
    SessionId[] ids = new SessionId[SIZE];
    for (int i = 0; i < SIZE; i++) {
      ids[i] = SessionId.deterministic(SEED + 1, i);
    }
    return ids;
  }
}
