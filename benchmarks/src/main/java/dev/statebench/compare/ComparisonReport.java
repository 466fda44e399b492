package dev.statebench.compare;

import java.nio.file.Path;
import java.util.List;

/**
 * The gate's full answer: every matched benchmark with its verdicts, the benchmarks found in one run only, and the
 * simulator tables' differences.
 */
public record ComparisonReport(
    Path baselineSource,
    Path candidateSource,
    GateSettings settings,
    List<BenchmarkComparison> benchmarks,
    List<BenchmarkKey> onlyInBaseline,
    List<BenchmarkKey> onlyInCandidate,
    SimTableComparison simulator) {

  /** Exit status 0: nothing regressed. */
  public static final int PASS = 0;
  /** Exit status 1: a regression (score, allocation, or a changed simulator number). */
  public static final int REGRESSION = 1;

  public boolean simulatorFails() {
    return settings.failOnSimulatorChanges() && simulator.hasChangedValues();
  }

  public boolean hasRegression() {
    return simulatorFails() || benchmarks.stream().anyMatch(BenchmarkComparison::regressed);
  }

  public int exitStatus() {
    return hasRegression() ? REGRESSION : PASS;
  }

  /** How many score verdicts of a kind. */
  public long count(Verdict verdict) {
    return benchmarks.stream().filter(b -> b.score().verdict() == verdict).count();
  }

  /** How many allocation verdicts of a kind. */
  public long countAllocation(Verdict verdict) {
    return benchmarks.stream()
        .filter(b -> b.allocation().map(a -> a.verdict() == verdict).orElse(false))
        .count();
  }
}
