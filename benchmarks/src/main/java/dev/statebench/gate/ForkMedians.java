package dev.statebench.gate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The value the gate takes from one fork: the <em>median</em> of its measurement iterations (avgt, thrpt, ss), or of
 * its individual samples in sample mode ({@code rawDataHistogram}), read from one JMH JSON entry's primary metric.
 *
 * <p>Why not JMH's score (the mean). On a shared machine interference arrives in bursts that slow one iteration of a
 * fork and not the next; the mean carries the burst into the paired ratio, the median of three or more iterations
 * does not. With several forks in one file (not what the gate runs) the fork medians are averaged.
 */
final class ForkMedians {
  private ForkMedians() {}

  /** The entry's per-fork median, averaged over forks; {@code NaN} when the entry has no raw data. */
  static double of(JsonNode entry) {
    JsonNode metric = entry.path("primaryMetric");
    List<Double> medians = new ArrayList<>();
    if (metric.has("rawData")) {
      for (JsonNode fork : metric.get("rawData")) {
        double[] iterations = new double[fork.size()];
        for (int i = 0; i < iterations.length; i++) {
          iterations[i] = fork.get(i).asDouble(Double.NaN);
        }
        if (iterations.length > 0) {
          medians.add(Median.of(iterations));
        }
      }
    } else if (metric.has("rawDataHistogram")) {
      for (JsonNode fork : metric.get("rawDataHistogram")) {
        TreeMap<Double, Double> counts = new TreeMap<>();
        for (JsonNode iteration : fork) {
          for (JsonNode bucket : iteration) {
            counts.merge(bucket.get(0).asDouble(), bucket.get(1).asDouble(), Double::sum);
          }
        }
        double total = counts.values().stream().mapToDouble(Double::doubleValue).sum();
        if (total > 0) {
          medians.add(weightedMedian(counts, total));
        }
      }
    }
    return medians.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  /** The smallest value with at least half of the total count at or below it (the lower median of the samples). */
  private static double weightedMedian(TreeMap<Double, Double> counts, double total) {
    double seen = 0;
    for (Map.Entry<Double, Double> bucket : counts.entrySet()) {
      seen += bucket.getValue();
      if (seen >= total / 2) {
        return bucket.getKey();
      }
    }
    return counts.lastKey();
  }
}
