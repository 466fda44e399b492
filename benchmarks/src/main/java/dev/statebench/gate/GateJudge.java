package dev.statebench.gate;

import dev.statebench.compare.AllocationComparison;
import dev.statebench.compare.Metric;
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
 * the exact-ish {@link dev.statebench.compare.AllocationRule} (bytes are counted, not timed, so no statistics).
 */
public final class GateJudge {
  private final GateRules rules;

  public GateJudge(GateRules rules) {
    this.rules = rules;
  }

  public GateReport judge(RoundsReader.Rounds rounds) {
    List<PairedSamples> benchmarks = rounds.benchmarks();
    List<PairedRatio> ratios = benchmarks.stream()
        .map(s -> PairedRatioTest.test(s.base(), s.candidate(), s.direction()))
        .toList();
    double[] p = new double[ratios.size()];
    for (int i = 0; i < p.length; i++) {
      p[i] = ratios.get(i).pairs() >= rules.minimumPairs() ? ratios.get(i).pValue() : Double.NaN;
    }
    double[] adjusted = rules.correction().adjust(p);
    List<BenchmarkJudgement> judgements = new ArrayList<>();
    for (int i = 0; i < benchmarks.size(); i++) {
      PairedSamples samples = benchmarks.get(i);
      PairedRatio ratio = ratios.get(i);
      double threshold = rules.thresholds().forBenchmark(samples.key());
      judgements.add(new BenchmarkJudgement(samples, ratio, threshold, adjusted[i],
          verdict(ratio, threshold, adjusted[i]), allocation(samples)));
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

  private Optional<AllocationComparison> allocation(PairedSamples samples) {
    if (samples.baseAllocation().length == 0) {
      return Optional.empty();
    }
    return Optional.of(rules.allocationRule().compare(
        median(samples.baseAllocation()), median(samples.candidateAllocation())));
  }

  private static Metric median(double[] values) {
    return new Metric(Median.of(values), Double.NaN, Double.NaN, Double.NaN, "B/op", values);
  }
}
