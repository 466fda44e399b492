package dev.statebench.report;

import dev.statebench.ops.KeySpread;
import dev.statebench.ops.OpsResults;
import dev.statebench.results.format.Numbers;
import dev.statebench.results.load.LoadSummary;
import dev.statebench.results.load.RateResult;
import dev.statebench.results.load.TraceSample;
import dev.statebench.results.stats.ConfidenceInterval;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Redis Cluster tables of "Beyond one machine": the same open-loop GET load against a single node and a cluster
 * (p50/p99 over the whole run with their n, and the mean of the per-interval p50/p99 with a 95% CI over the
 * intervals), and how keys spread over the cluster's masters with and without a hash tag.
 */
final class ClusterTables {
  private ClusterTables() {}

  /** One row per load summary given (single node first), keyed by target label. */
  static String latency(Map<String, LoadSummary> summaries) {
    MarkdownTable table = new MarkdownTable("Redis", "client", "offered req/s", "n requests", "errors + timeouts",
        "verdict", "p50 µs (run)", "p99 µs (run)", "p50 µs per interval ± 95% CI", "p99 µs per interval ± 95% CI",
        "n intervals");
    for (Map.Entry<String, LoadSummary> entry : summaries.entrySet()) {
      LoadSummary summary = entry.getValue();
      RateResult rate = summary.rates().get(0);
      List<TraceSample> trace = rate.trace();
      ConfidenceInterval p50 = ConfidenceInterval.of(trace.stream().mapToDouble(TraceSample::p50Micros).toArray());
      ConfidenceInterval p99 = ConfidenceInterval.of(trace.stream().mapToDouble(TraceSample::p99Micros).toArray());
      table.row(entry.getKey().equals("redis-cluster") ? "cluster" : "single node", summary.client(),
          Numbers.format(rate.offeredPerSecond()), Numbers.exact(rate.latency().count()),
          Numbers.exact(rate.errors() + rate.timeouts()), verdict(rate), Numbers.format(orNaN(rate.latency().p50())),
          Numbers.format(orNaN(rate.latency().p99())), Cells.of(p50), Cells.of(p99), Numbers.exact(trace.size()));
    }
    return table.render();
  }

  /** One row per key prefix: keys, distinct slots, keys per master and the largest master's share. */
  static String spread(OpsResults.KeySpreads spreads) {
    MarkdownTable table = new MarkdownTable("key prefix", "hash tag", "keys", "distinct slots",
        "keys per master (" + spreads.masters() + " masters)", "largest master's share");
    for (KeySpread spread : spreads.spreads()) {
      long largest = spread.keysPerMaster().stream().mapToLong(Long::longValue).max().orElse(0);
      table.row("`" + spread.keyPrefix() + "`", spread.hashTag() ? "yes" : "no", Numbers.exact(spread.keys()),
          Numbers.exact(spread.distinctSlots()),
          spread.keysPerMaster().stream().map(Numbers::exact).collect(Collectors.joining(" / ")),
          Numbers.percent(spread.keys() == 0 ? Double.NaN : largest / (double) spread.keys()));
    }
    return table.render();
  }

  /** The rate's verdict; under "schedule-not-kept" the latencies describe the generator, not the store. */
  private static String verdict(RateResult rate) {
    return rate.verdict().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static double orNaN(Double value) {
    return value == null ? Double.NaN : value;
  }
}
