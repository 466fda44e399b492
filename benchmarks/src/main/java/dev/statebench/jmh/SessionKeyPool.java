package dev.statebench.jmh;

import dev.statebench.session.SessionId;
import java.util.SplittableRandom;

/**
 * Pre-generated session ids for lookups, indexed with {@code i++ & MASK}: hits are ids of a population written with
 * {@link dev.statebench.session.SessionStore#populate} (seed, index below the population size) drawn uniformly at
 * random, so a large population is touched all over rather than in one hot corner; misses are ids of another seed,
 * which no populated session has.
 */
final class SessionKeyPool {
  /** Pool size: a power of two. */
  static final int SIZE = 4096;
  static final int MASK = SIZE - 1;
  /** The seed benchmarks populate with. */
  static final long SEED = 42;

  private SessionKeyPool() {}

  /** Ids of populated sessions {@code 0 … population-1} of {@link #SEED}. */
  static SessionId[] hits(int population) {
    if (population < 1) {
      throw new IllegalArgumentException("a hit needs a population of at least 1, got " + population);
    }
    SplittableRandom random = new SplittableRandom(population);
    SessionId[] ids = new SessionId[SIZE];
    for (int i = 0; i < SIZE; i++) {
      ids[i] = SessionId.deterministic(SEED, random.nextInt(population));
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
