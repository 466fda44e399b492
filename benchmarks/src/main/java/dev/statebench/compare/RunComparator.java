package dev.statebench.compare;

import dev.statebench.UserFacingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Matches two runs benchmark by benchmark (name, mode, parameters, JVM label) and applies the gate's rules.
 * Unusable input (no benchmark in common, the same benchmark in different units) is a {@link UserFacingException}.
 */
public final class RunComparator {
  private final GateSettings settings;

  public RunComparator(GateSettings settings) {
    this.settings = settings;
  }

  public ComparisonReport compare(ResultSet baseline, ResultSet candidate) {
    List<BenchmarkComparison> matched = new ArrayList<>();
    List<BenchmarkKey> onlyInBaseline = new ArrayList<>();
    for (BenchmarkResult base : baseline.benchmarks().values()) {
      BenchmarkResult now = candidate.benchmarks().get(base.key());
      if (now == null) {
        onlyInBaseline.add(base.key());
      } else {
        matched.add(compare(base, now));
      }
    }
    List<BenchmarkKey> onlyInCandidate = candidate.benchmarks().keySet().stream()
        .filter(key -> !baseline.benchmarks().containsKey(key))
        .toList();
    if (matched.isEmpty()) {
      throw new UserFacingException("no benchmark in common between " + baseline.source() + " ("
          + baseline.benchmarks().size() + " results) and " + candidate.source() + " ("
          + candidate.benchmarks().size() + " results); benchmarks match by name, mode, params and JVM label");
    }
    SimTableComparison simulator = new SimTables().compare(baseline.simulatorTables(), candidate.simulatorTables());
    return new ComparisonReport(baseline.source(), candidate.source(), settings,
        matched, onlyInBaseline, onlyInCandidate, simulator);
  }

  private BenchmarkComparison compare(BenchmarkResult base, BenchmarkResult now) {
    requireSameUnit(base.key(), base.primary(), now.primary());
    ScoreComparison score = settings.scoreRule().compare(
        base.primary(), now.primary(), base.direction(), settings.thresholds().forBenchmark(base.key()));
    Optional<AllocationComparison> allocation = Optional.empty();
    if (base.allocation().isPresent() && now.allocation().isPresent()) {
      requireSameUnit(base.key(), base.allocation().get(), now.allocation().get());
      allocation = Optional.of(settings.allocationRule().compare(base.allocation().get(), now.allocation().get()));
    }
    return new BenchmarkComparison(base.key(), base, now, score, allocation);
  }

  private static void requireSameUnit(BenchmarkKey key, Metric base, Metric now) {
    if (!base.unit().equals(now.unit())) {
      throw new UserFacingException(key.exportName() + " is in " + base.unit() + " in the baseline but in "
          + now.unit() + " in the new run; rerun both with the same -tu (time unit)");
    }
  }
}
