package dev.statebench.gate;

import dev.statebench.compare.AllocationComparison;
import dev.statebench.compare.Verdict;
import java.util.Optional;

/**
 * The gate's verdict on one benchmark, with the numbers behind it.
 *
 * @param threshold the practical threshold that applied (0.10 = 10%)
 * @param adjustedP the p-value after the multiplicity correction, {@code NaN} when the benchmark was not judged
 * @param allocation the allocation verdict, when both builds measured bytes per operation
 */
public record BenchmarkJudgement(PairedSamples samples, PairedRatio ratio, double threshold, double adjustedP,
    GateVerdict verdict, Optional<AllocationComparison> allocation) {

  /** Whether the score or the allocation regressed. */
  public boolean regressed() {
    return verdict == GateVerdict.REGRESSION
        || allocation.map(a -> a.verdict() == Verdict.REGRESSION).orElse(false);
  }
}
