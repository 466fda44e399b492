package dev.statebench.lbsim.workload;

import dev.statebench.lbsim.model.RandomStream;

/**
 * When sessions open. Stateful (an MMPP remembers its phase), so the engine makes a {@link #fresh()} copy per run.
 */
public interface ArrivalProcess {

  /** Nanoseconds from the previous arrival to the next. */
  long nextGap(RandomStream random);

  /** Long-run arrivals per nanosecond. */
  double meanRatePerNano();

  /** A copy in the initial state. */
  ArrivalProcess fresh();
}
