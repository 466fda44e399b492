package dev.statebench.lbsim.workload;

import dev.statebench.lbsim.engine.RandomStream;

/**
 * A distribution of non-negative values: service times and think times in nanoseconds, or session lengths in
 * requests. Implementations are immutable; all randomness comes from the stream passed in.
 */
public interface Distribution {

  /** Draws one value. */
  double sample(RandomStream random);

  /** The distribution's mean (used for the utilisation check and reported with the scenario). */
  double mean();
}
