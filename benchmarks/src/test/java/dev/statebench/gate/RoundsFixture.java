package dev.statebench.gate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes constructed gate rounds: one JMH-format file ({@code -rf json}, JMH 1.37 field names, one fork) per round,
 * side and invocation, named as {@link RoundFiles} names them. Scores are the means of the raw data, as JMH writes them.
 */
public final class RoundsFixture {
  public static final String JWT = "dev.statebench.jmh.JwtVerifyBenchmark.verify";

  private final Path folder;
  private final Map<String, ArrayNode> files = new TreeMap<>();

  public RoundsFixture(Path folder) {
    this.folder = folder;
  }

  /** Adds an avgt (or other iteration-mode) entry whose single fork has the given iteration scores. */
  public RoundsFixture iterations(int round, String side, String benchmark, String mode, Map<String, String> params,
      String unit, double[] iterations, double allocBytes) {
    ObjectNode entry = entry(round, side, benchmark, mode, params);
    ObjectNode metric = entry.putObject("primaryMetric");
    metric.put("score", Arrays.stream(iterations).average().orElseThrow());
    metric.put("scoreError", "NaN");
    metric.putArray("scoreConfidence").add("NaN").add("NaN");
    metric.put("scoreUnit", unit);
    ArrayNode fork = metric.putArray("rawData").addArray();
    Arrays.stream(iterations).forEach(fork::add);
    ObjectNode secondary = entry.putObject("secondaryMetrics");
    if (!Double.isNaN(allocBytes)) {
      ObjectNode alloc = secondary.putObject("gc.alloc.rate.norm");
      alloc.put("score", allocBytes);
      alloc.put("scoreError", "NaN");
      alloc.putArray("scoreConfidence").add("NaN").add("NaN");
      alloc.put("scoreUnit", "B/op");
      ArrayNode allocFork = alloc.putArray("rawData").addArray();
      Arrays.stream(iterations).forEach(i -> allocFork.add(allocBytes));
    }
    return this;
  }

  /** Adds an avgt entry in us/op without allocation. */
  public RoundsFixture avgt(int round, String side, Map<String, String> params, double... iterations) {
    return iterations(round, side, JWT, "avgt", params, "us/op", iterations, Double.NaN);
  }

  /**
   * Adds a sample-mode entry: one iteration whose samples are {@code counts[i]} times {@code values[i]}, stored as JMH
   * stores them ({@code rawDataHistogram}: fork → iteration → {@code [value, count]} pairs).
   */
  public RoundsFixture sample(int round, String side, Map<String, String> params, double[] values, int[] counts) {
    ObjectNode entry = entry(round, side, JWT, "sample", params);
    ObjectNode metric = entry.putObject("primaryMetric");
    double sum = 0;
    long n = 0;
    for (int i = 0; i < values.length; i++) {
      sum += values[i] * counts[i];
      n += counts[i];
    }
    metric.put("score", sum / n);
    metric.put("scoreError", 0.001);
    metric.putArray("scoreConfidence").add(sum / n - 0.001).add(sum / n + 0.001);
    metric.put("scoreUnit", "us/op");
    ArrayNode iteration = metric.putArray("rawDataHistogram").addArray().addArray();
    for (int i = 0; i < values.length; i++) {
      iteration.addArray().add(values[i]).add(counts[i]);
    }
    entry.putObject("secondaryMetrics");
    return this;
  }

  private ObjectNode entry(int round, String side, String benchmark, String mode, Map<String, String> params) {
    String name = String.format(Locale.ROOT, "r%03d-%s-Fixture.json", round, side);
    ObjectNode entry = files.computeIfAbsent(name, n -> JsonNodeFactory.instance.arrayNode()).addObject();
    entry.put("jmhVersion", "1.37");
    entry.put("benchmark", benchmark);
    entry.put("mode", mode);
    entry.put("threads", 1);
    entry.put("forks", 1);
    ObjectNode p = entry.putObject("params");
    new TreeMap<>(params).forEach(p::put);
    return entry;
  }

  /** Writes every file and returns the folder. */
  public Path write() {
    try {
      Files.createDirectories(folder);
      ObjectMapper json = new ObjectMapper();
      for (Map.Entry<String, ArrayNode> file : files.entrySet()) {
        json.writeValue(folder.resolve(file.getKey()).toFile(), file.getValue());
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
