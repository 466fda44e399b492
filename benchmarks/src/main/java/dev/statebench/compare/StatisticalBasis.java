package dev.statebench.compare;

/** Which statistical evidence a score verdict rests on; printed next to every verdict. */
public enum StatisticalBasis {
  /** Non-overlapping confidence intervals and a Mann–Whitney U test on per-fork means. */
  INTERVALS_AND_MANN_WHITNEY,
  /** Non-overlapping intervals only: a side has fewer than 3 forks. */
  INTERVALS_ONLY_FEW_FORKS,
  /**
   * Non-overlapping intervals only: both sides have 3 or more forks, but so few that even completely separated
   * samples could not reach the test's level (with 3 against 3 forks the smallest two-sided p is 0.1).
   */
  INTERVALS_ONLY_TEST_CANNOT_REACH_ALPHA,
  /** No confidence interval on at least one side (a single measurement iteration): never statistically clear. */
  NO_INTERVAL
}
