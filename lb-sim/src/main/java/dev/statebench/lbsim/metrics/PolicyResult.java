package dev.statebench.lbsim.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.HdrHistogram.Histogram;

/**
 * One policy's results (in one variant of a swept scenario) aggregated over replications: every scalar metric as an
 * {@link Estimate}, the per-backend means, the mean time series (null when the scenario asks for none) and the
 * latency histogram of all replications merged (for CDF plots).
 */
public record PolicyResult(
    String policy,
    String variant,
    Map<String, Estimate> metrics,
    double[] requestsPerBackend,
    double[] utilizationPerBackend,
    double[] outstandingPerBackend,
    double[] liveSecondsPerBackend,
    TimeSeries timeSeries,
    Histogram latency) {

  /** The policy and, in a swept scenario, the variant: {@code p2c(d=2) @ state=redis}. */
  public String label() {
    return variant.isEmpty() ? policy : policy + " @ " + variant;
  }

  /** Aggregates replications given in replication order (the order fixes the floating-point sums). */
  public static PolicyResult aggregate(String policy, String variant, List<ReplicationResult> replications) {
    List<Map<String, Double>> scalars = new ArrayList<>();
    for (ReplicationResult r : replications) {
      scalars.add(r.scalars());
    }
    Map<String, Estimate> metrics = new LinkedHashMap<>();
    for (String name : scalars.get(0).keySet()) {
      double[] values = new double[scalars.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = scalars.get(i).get(name);
      }
      metrics.put(name, Estimate.of(values));
    }
    List<TimeSeries> series = new ArrayList<>();
    for (ReplicationResult r : replications) {
      if (r.timeSeries() != null) {
        series.add(r.timeSeries());
      }
    }
    Histogram merged = new Histogram(3);
    for (ReplicationResult r : replications) {
      merged.add(r.latency());
    }
    return new PolicyResult(policy, variant, metrics,
        meanPerBackend(replications, ReplicationResult::requestsPerBackend),
        meanPerBackend(replications, ReplicationResult::utilizationPerBackend),
        meanPerBackend(replications, ReplicationResult::outstandingPerBackend),
        meanPerBackend(replications, r -> r.backends().liveSeconds()),
        series.isEmpty() ? null : TimeSeries.mean(series), merged);
  }

  private static double[] meanPerBackend(List<ReplicationResult> replications,
      Function<ReplicationResult, double[]> field) {
    int backends = replications.stream().mapToInt(r -> field.apply(r).length).min().orElse(0);
    double[] mean = new double[backends];
    for (ReplicationResult r : replications) {
      double[] values = field.apply(r);
      for (int b = 0; b < backends; b++) {
        mean[b] += values[b] / replications.size();
      }
    }
    return mean;
  }
}
