package dev.statebench.gate;

import dev.statebench.compare.AllocationComparison;
import dev.statebench.compare.Metric;
import dev.statebench.compare.ScoreDirection;
import dev.statebench.compare.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns paired rounds into verdicts. A score regression needs both:
 *
 * <ol>
 *   <li><b>a practically large change</b>: the geometric-mean ratio over the rounds is worse than the benchmark's
 *       threshold (default 10%), and
 *   <li><b>statistical evidence</b>: {@link PairedRatioTest}'s p-value, adjusted over all benchmarks of the run by
 *       {@link MultipleComparisons} (Holm by default), is below α.
 * </ol>
 *
 * <p>A benchmark with fewer than {@link GateRules#minimumPairs()} paired rounds gets {@link GateVerdict#TOO_LITTLE_DATA}
 * and is left out of the multiplicity family. Allocation per operation is compared on the medians of the rounds with
 * the exact-ish {@link dev.statebench.compare.AllocationRule}, and a change must also pass the same paired test in the
 * same family: bytes per operation are counted, not timed, but they still vary from fork to fork (by a few percent
 * when the JIT has not settled after a short warm-up, measured in A/A runs of the quick set), so an A/A run must not
 * fail on them; an allocation that is the same in every round passes the test at once.
 */
public final class GateJudge {
  private final GateRules rules;

  public GateJudge(GateRules rules) {
    this.rules = rules;
  }

  public GateReport judge(RoundsReader.Rounds rounds) {
    List<PairedSamples> benchmarks = rounds.benchmarks();
    int n = benchmarks.size();
    List<PairedRatio> ratios = benchmarks.stream()
        .map(s -> PairedRatioTest.test(s.base(), s.candidate(), s.direction()))
        .toList();
    List<PairedRatio> allocationRatios = benchmarks.stream()
        .map(s -> PairedRatioTest.test(s.baseAllocation(), s.candidateAllocation(), ScoreDirection.LOWER_IS_BETTER))
        .toList();
    // One family: every score test and every allocation test of the run.
    double[] p = new double[2 * n];
    for (int i = 0; i < n; i++) {
      p[i] = ratios.get(i).pairs() >= rules.minimumPairs() ? ratios.get(i).pValue() : Double.NaN;
      PairedRatio a = allocationRatios.get(i);
      p[n + i] = a.pairs() >= rules.minimumPairs() && a.pairs() == benchmarks.get(i).baseAllocation().length
          ? a.pValue() : Double.NaN;
    }
    double[] adjusted = rules.correction().adjust(p);
    List<BenchmarkJudgement> judgements = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      PairedSamples samples = benchmarks.get(i);
      PairedRatio ratio = ratios.get(i);
      double threshold = rules.thresholds().forBenchmark(samples.key());
      judgements.add(new BenchmarkJudgement(samples, ratio, threshold, adjusted[i],
          verdict(ratio, threshold, adjusted[i]), allocation(samples, adjusted[n + i])));
    }
    return new GateReport(judgements, rounds.rounds(), rounds.onlyInBase(), rounds.onlyInNew(), rules);
  }

  private GateVerdict verdict(PairedRatio ratio, double threshold, double adjustedP) {
    if (ratio.pairs() < rules.minimumPairs()) {
      return GateVerdict.TOO_LITTLE_DATA;
    }
    if (Math.abs(ratio.relativeWorsening()) <= threshold) {
      return GateVerdict.NO_CHANGE;
    }
    if (!(adjustedP < rules.alpha())) {
      return GateVerdict.INCONCLUSIVE;
    }
    return ratio.relativeWorsening() > 0 ? GateVerdict.REGRESSION : GateVerdict.IMPROVEMENT;
  }

  /**
   * The allocation rule on the medians of the rounds; a change it finds must also pass the paired test on the
   * per-round allocations ({@code adjustedP}), which a deterministic allocation (the same bytes in every round) passes
   * at once. Without a test (fewer rounds than a verdict needs, or a zero allocation, whose ratio is undefined) the
   * rule alone decides, as {@code compare} does.
   */
  private Optional<AllocationComparison> allocation(PairedSamples samples, double adjustedP) {
    if (samples.baseAllocation().length == 0) {
      return Optional.empty();
    }
    AllocationComparison rule = rules.allocationRule().compare(
        median(samples.baseAllocation()), median(samples.candidateAllocation()));
    if (rule.verdict() == Verdict.NO_CHANGE || Double.isNaN(adjustedP) || adjustedP < rules.alpha()) {
      return Optional.of(rule);
    }
    return Optional.of(new AllocationComparison(rule.baseline(), rule.candidate(), rule.deltaBytes(),
        Verdict.INCONCLUSIVE));
  }

  private static Metric median(double[] values) {
    return new Metric(Median.of(values), Double.NaN, Double.NaN, Double.NaN, "B/op", values);
  }
}
