package dev.statebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statebench.compare.BenchmarkKey;
import dev.statebench.compare.JmhResultReader;
import dev.statebench.results.stats.ConfidenceInterval;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Confidence intervals of JMH results in the report's one convention (95%, Student t over measurement iterations of
 * every fork), recomputed from the raw data JMH writes into its JSON instead of JMH's own 99.9% error: the mean of an
 * average-time result from {@code primaryMetric.rawData}, and the p50/p99 of a sample-time result from each
 * iteration's {@code rawDataHistogram}. Keyed like the regression gate's {@link BenchmarkKey}s so the two join.
 */
final class JmhIntervals {
  private static final Pattern LABELLED = Pattern.compile("jmh-(.+)\\.json");

  /** One result's intervals, in the result's own unit. */
  record Intervals(ConfidenceInterval mean, Optional<ConfidenceInterval> p50, Optional<ConfidenceInterval> p99,
      String unit) {}

  private final Map<BenchmarkKey, Intervals> byKey;

  private JmhIntervals(Map<BenchmarkKey, Intervals> byKey) {
    this.byKey = byKey;
  }

  Optional<Intervals> of(BenchmarkKey key) {
    return Optional.ofNullable(byKey.get(key));
  }

  static JmhIntervals read(Path dir) throws IOException {
    Map<BenchmarkKey, Intervals> byKey = new HashMap<>();
    List<Path> labelled = ResultFolder.files(dir, ".json").stream()
        .filter(p -> LABELLED.matcher(p.getFileName().toString()).matches()).toList();
    List<Path> sources = labelled.isEmpty() ? ResultFolder.files(dir, "jmh.json") : labelled;
    for (Path file : sources) {
      Matcher name = LABELLED.matcher(file.getFileName().toString());
      String jvm = name.matches() ? name.group(1) : "";
      ResultFolder.json(file).ifPresent(root -> root.forEach(entry -> add(entry, jvm, byKey)));
    }
    return new JmhIntervals(byKey);
  }

  private static void add(JsonNode entry, String jvm, Map<BenchmarkKey, Intervals> byKey) {
    JsonNode metric = entry.path("primaryMetric");
    String mode = entry.path("mode").asText();
    TreeMap<String, String> params = JmhResultReader.params(entry);
    BenchmarkKey key = new BenchmarkKey(entry.path("benchmark").asText(), mode, params, jvm);
    String unit = metric.path("scoreUnit").asText();
    if (metric.has("rawDataHistogram")) {
      List<Double> means = new ArrayList<>();
      List<Double> p50s = new ArrayList<>();
      List<Double> p99s = new ArrayList<>();
      for (JsonNode fork : metric.path("rawDataHistogram")) {
        for (JsonNode iteration : fork) {
          IterationHistogram h = IterationHistogram.of(iteration);
          if (h.count() > 0) {
            means.add(h.mean());
            p50s.add(h.percentile(50));
            p99s.add(h.percentile(99));
          }
        }
      }
      byKey.put(key, new Intervals(interval(means), Optional.of(interval(p50s)), Optional.of(interval(p99s)), unit));
    } else if (metric.has("rawData")) {
      List<Double> scores = new ArrayList<>();
      metric.path("rawData").forEach(fork -> fork.forEach(score -> scores.add(score.asDouble())));
      byKey.put(key, new Intervals(interval(scores), Optional.empty(), Optional.empty(), unit));
    }
  }

  private static ConfidenceInterval interval(List<Double> values) {
    return ConfidenceInterval.of(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** One iteration's sample-time histogram: {@code [[value, count], …]} in ascending value order. */
  private record IterationHistogram(double[] values, long[] counts, long count) {
    static IterationHistogram of(JsonNode pairs) {
      List<JsonNode> sorted = new ArrayList<>();
      pairs.forEach(sorted::add);
      sorted.sort(Comparator.comparingDouble(pair -> pair.get(0).asDouble()));
      double[] values = new double[sorted.size()];
      long[] counts = new long[sorted.size()];
      long total = 0;
      for (int i = 0; i < sorted.size(); i++) {
        values[i] = sorted.get(i).get(0).asDouble();
        counts[i] = sorted.get(i).get(1).asLong();
        total += counts[i];
      }
      return new IterationHistogram(values, counts, total);
    }

    double mean() {
      double sum = 0;
      for (int i = 0; i < values.length; i++) {
        sum += values[i] * counts[i];
      }
      return sum / count;
    }

    /** The smallest value with at least {@code percentile}% of the samples at or below it. */
    double percentile(double percentile) {
      long rank = (long) Math.ceil(percentile / 100 * count);
      long seen = 0;
      for (int i = 0; i < values.length; i++) {
        seen += counts[i];
        if (seen >= rank) {
          return values[i];
        }
      }
      return values[values.length - 1];
    }
  }
}
