package dev.statebench.compare;

import java.util.Optional;

/** One benchmark present in both runs, with the verdicts on its score and (when both runs measured it) allocation. */
public record BenchmarkComparison(
    BenchmarkKey key,
    BenchmarkResult baseline,
    BenchmarkResult candidate,
    ScoreComparison score,
    Optional<AllocationComparison> allocation) {

  /** Whether the score or the allocation regressed. */
  public boolean regressed() {
    return score.verdict() == Verdict.REGRESSION
        || allocation.map(a -> a.verdict() == Verdict.REGRESSION).orElse(false);
  }
}
