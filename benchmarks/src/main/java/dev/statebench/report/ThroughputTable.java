package dev.statebench.report;

import dev.statebench.compare.BenchmarkKey;
import dev.statebench.compare.BenchmarkResult;
import dev.statebench.results.format.Numbers;
import dev.statebench.results.stats.ConfidenceInterval;
import java.util.Map;
import java.util.Optional;

/**
 * Results measured under concurrency — several threads sharing a connection pool ({@code StoreThroughputBenchmark})
 * or several requests in flight on one connection ({@code RedisPipelinedLookupBenchmark}). Their time per operation
 * includes waiting for the pool or the pipeline, so it is not a per-request cost: the table shows the aggregate rate
 * (threads × in-flight ÷ mean time per operation) and, beside it, the time per operation as measured.
 */
final class ThroughputTable {
  private ThroughputTable() {}

  /** Whether {@code key} is a concurrency (throughput) experiment rather than a single-request latency. */
  static boolean isThroughput(BenchmarkKey key) {
    return key.shortName().startsWith("StoreThroughput") || key.shortName().startsWith("RedisPipelined");
  }

  static String render(ResultFolder folder) {
    MarkdownTable table = new MarkdownTable("benchmark", "threads", "in flight per thread",
        "operations/s (all threads)", "time per invocation µs ± 95% CI (a batch when in flight > 1; not a per-request cost)", "n");
    for (Map.Entry<BenchmarkKey, BenchmarkResult> entry : folder.benchmarks().entrySet()) {
      BenchmarkKey key = entry.getKey();
      if (!isThroughput(key) || !key.mode().equals("avgt")) {
        continue;
      }
      int threads = Integer.parseInt(key.params().getOrDefault("threads", "1"));
      int inFlight = Integer.parseInt(key.params().getOrDefault("inFlight", "1"));
      Optional<JmhIntervals.Intervals> intervals = folder.intervals().of(key);
      ConfidenceInterval perOp = intervals.map(i -> i.mean().scaled(JmhUnits.toMicros(i.unit())))
          .orElse(new ConfidenceInterval(entry.getValue().primary().score()
              * JmhUnits.toMicros(entry.getValue().primary().unit()), Double.NaN, ConfidenceInterval.LEVEL, 1));
      table.row(key.shortName() + " (" + key.paramsText() + ")", String.valueOf(threads), String.valueOf(inFlight),
          Numbers.format(threads * inFlight * 1e6 / perOp.mean()), Numbers.withInterval(perOp.mean(),
              perOp.halfWidth()), String.valueOf(perOp.n()));
    }
    return table.isEmpty() ? "" : table.render();
  }
}
