package dev.statebench.lbsim.workload;

import dev.statebench.lbsim.model.RandomStream;

/**
 * A distribution of non-negative values: service times and think times in nanoseconds, or session lengths in
 * requests. Implementations are immutable; all randomness comes from the stream passed in.
 */
public interface Distribution {

  /** Draws one value. */
  double sample(RandomStream random);

  /** The distribution's mean (used for the utilisation check and reported with the scenario). */
  double mean();

  /**
   * Draws one value from the length-biased distribution x·f(x) / mean: the length of the interval that covers a
   * random instant (the inspection paradox). The engine uses it to start a run in the stationary state of the
   * session process: an in-progress session is caught in a think time chosen this way, at a uniform point of it.
   */
  double sampleLengthBiased(RandomStream random);
}
