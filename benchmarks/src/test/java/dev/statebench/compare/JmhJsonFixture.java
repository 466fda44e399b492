package dev.statebench.compare;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Builds JMH-format result files ({@code -rf json}, JMH 1.37 field names) from raw iteration scores. Score, error and
 * the 99.9% interval are derived from the raw data the way JMH does it (mean of all iterations; Student's t with
 * n − 1 degrees of freedom), so fixtures are internally consistent rather than hand-tuned.
 */
final class JmhJsonFixture {
  private final ArrayNode entries = JsonNodeFactory.instance.arrayNode();

  /** Adds one benchmark; {@code forks[f][i]} is iteration i of fork f. */
  JmhJsonFixture add(String benchmark, String mode, Map<String, String> params, String unit, double[][] forks) {
    return add(benchmark, mode, params, unit, forks, Double.NaN);
  }

  /** Adds one benchmark with {@code gc.alloc.rate.norm} equal to {@code allocBytes} in every iteration. */
  JmhJsonFixture add(String benchmark, String mode, Map<String, String> params, String unit, double[][] forks,
      double allocBytes) {
    ObjectNode entry = entries.addObject();
    entry.put("jmhVersion", "1.37");
    entry.put("benchmark", benchmark);
    entry.put("mode", mode);
    entry.put("threads", 1);
    entry.put("forks", forks.length);
    ObjectNode paramsNode = entry.putObject("params");
    new TreeMap<>(params).forEach(paramsNode::put);
    entry.set("primaryMetric", metric(unit, forks));
    ObjectNode secondary = entry.putObject("secondaryMetrics");
    if (!Double.isNaN(allocBytes)) {
      double[][] alloc = Arrays.stream(forks).map(f -> constant(f.length, allocBytes)).toArray(double[][]::new);
      secondary.set("gc.alloc.rate.norm", metric("B/op", alloc));
    }
    return this;
  }

  /** Sets the thread count of the entry added last (JMH's {@code -t}). */
  JmhJsonFixture onThreads(int threads) {
    ((ObjectNode) entries.get(entries.size() - 1)).put("threads", threads);
    return this;
  }

  /** Adds a raw entry as-is, for malformed-input tests. */
  JmhJsonFixture addRaw(ObjectNode entry) {
    entries.add(entry);
    return this;
  }

  static ObjectNode metric(String unit, double[][] forks) {
    SummaryStatistics stats = new SummaryStatistics();
    Arrays.stream(forks).flatMapToDouble(Arrays::stream).forEach(stats::addValue);
    long n = stats.getN();
    double error = n <= 1 ? Double.NaN
        : new TDistribution(n - 1).inverseCumulativeProbability(1 - 0.001 / 2) * stats.getStandardDeviation()
            / Math.sqrt(n);
    ObjectNode metric = JsonNodeFactory.instance.objectNode();
    metric.put("score", stats.getMean());
    putNumberOrNaN(metric, "scoreError", error);
    ArrayNode confidence = metric.putArray("scoreConfidence");
    if (Double.isNaN(error)) {
      confidence.add("NaN").add("NaN");
    } else {
      confidence.add(stats.getMean() - error).add(stats.getMean() + error);
    }
    metric.putObject("scorePercentiles").put("0.0", stats.getMin()).put("100.0", stats.getMax());
    metric.put("scoreUnit", unit);
    ArrayNode raw = metric.putArray("rawData");
    for (double[] fork : forks) {
      ArrayNode iterations = raw.addArray();
      Arrays.stream(fork).forEach(iterations::add);
    }
    return metric;
  }

  private static void putNumberOrNaN(ObjectNode node, String field, double value) {
    if (Double.isNaN(value)) {
      node.put(field, "NaN");
    } else {
      node.put(field, value);
    }
  }

  private static double[] constant(int length, double value) {
    double[] values = new double[length];
    Arrays.fill(values, value);
    return values;
  }

  /** Writes {@code folder/jmh.json} and returns the folder. */
  Path writeTo(Path folder) throws IOException {
    return writeTo(folder, "jmh.json");
  }

  Path writeTo(Path folder, String fileName) throws IOException {
    Files.createDirectories(folder);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(folder.resolve(fileName).toFile(), entries);
    return folder;
  }

  /** {@code forks} forks of {@code iterations} iterations, each {@code center} plus a fixed ±spread pattern. */
  static double[][] forks(int forks, int iterations, double center, double spread) {
    double[][] values = new double[forks][iterations];
    for (int f = 0; f < forks; f++) {
      for (int i = 0; i < iterations; i++) {
        // A fixed, symmetric zig-zag: the mean is exactly center and the scatter is known in advance.
        values[f][i] = center + spread * (((f + i) % 2 == 0) ? 1 : -1);
      }
    }
    return values;
  }
}
