package dev.statebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statebench.compare.BenchmarkKey;
import dev.statebench.compare.JmhResultReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The latency percentiles JMH reports for sample-time ({@code sample} mode) results, which the regression gate's
 * reader does not keep: {@code primaryMetric.scorePercentiles} of each {@code jmh-<jdk>.json} entry, keyed like the
 * gate's {@link BenchmarkKey}s so the two can be joined.
 */
final class SamplePercentiles {
  private static final Pattern LABELLED = Pattern.compile("jmh-(.+)\\.json");

  /** One entry's percentiles. */
  record Percentiles(double p50, double p99, double p999, String unit) {}

  private final Map<BenchmarkKey, Percentiles> byKey;

  private SamplePercentiles(Map<BenchmarkKey, Percentiles> byKey) {
    this.byKey = byKey;
  }

  Optional<Percentiles> of(BenchmarkKey key) {
    return Optional.ofNullable(byKey.get(key));
  }

  static SamplePercentiles read(Path dir) throws IOException {
    Map<BenchmarkKey, Percentiles> byKey = new HashMap<>();
    List<Path> labelled = ResultFolder.files(dir, ".json").stream()
        .filter(p -> LABELLED.matcher(p.getFileName().toString()).matches()).toList();
    List<Path> sources = labelled.isEmpty() ? ResultFolder.files(dir, "jmh.json") : labelled;
    for (Path file : sources) {
      Matcher name = LABELLED.matcher(file.getFileName().toString());
      String jvm = name.matches() ? name.group(1) : "";
      ResultFolder.json(file).ifPresent(root -> root.forEach(entry -> add(entry, jvm, byKey)));
    }
    return new SamplePercentiles(byKey);
  }

  private static void add(JsonNode entry, String jvm, Map<BenchmarkKey, Percentiles> byKey) {
    JsonNode percentiles = entry.path("primaryMetric").path("scorePercentiles");
    if (!"sample".equals(entry.path("mode").asText()) || !percentiles.isObject()) {
      return;
    }
    TreeMap<String, String> params = JmhResultReader.params(entry);
    BenchmarkKey key = new BenchmarkKey(entry.path("benchmark").asText(), "sample", params, jvm);
    byKey.put(key, new Percentiles(percentiles.path("50.0").asDouble(Double.NaN),
        percentiles.path("99.0").asDouble(Double.NaN), percentiles.path("99.9").asDouble(Double.NaN),
        entry.path("primaryMetric").path("scoreUnit").asText()));
  }
}
