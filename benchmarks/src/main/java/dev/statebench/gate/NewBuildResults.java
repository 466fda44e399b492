package dev.statebench.gate;

import dev.statebench.compare.BenchmarkKey;
import dev.statebench.compare.BenchmarkResult;
import dev.statebench.compare.Metric;
import dev.statebench.compare.ResultSet;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The new build's results as the exporters of {@link dev.statebench.compare} take them (github-action-benchmark,
 * Bencher BMF): per benchmark the median over the rounds, with the per-round values as its samples and no interval
 * (the rounds' spread is in the gate report).
 */
public final class NewBuildResults {
  private NewBuildResults() {}

  public static ResultSet of(GateReport report, Path source) {
    Map<BenchmarkKey, BenchmarkResult> results = new LinkedHashMap<>();
    for (BenchmarkJudgement j : report.judgements()) {
      PairedSamples s = j.samples();
      if (s.pairs() == 0) {
        continue;
      }
      Metric score = new Metric(Median.of(s.candidate()), Double.NaN, Double.NaN, Double.NaN, s.unit(),
          s.candidate());
      Optional<Metric> allocation = s.candidateAllocation().length == 0 ? Optional.empty()
          : Optional.of(new Metric(Median.of(s.candidateAllocation()), Double.NaN, Double.NaN, Double.NaN, "B/op",
              s.candidateAllocation()));
      results.put(s.key(), new BenchmarkResult(s.key(), score, allocation));
    }
    return new ResultSet(source, results, Optional.empty());
  }
}
