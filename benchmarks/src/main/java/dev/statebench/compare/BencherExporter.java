package dev.statebench.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes <a href="https://bencher.dev/docs/reference/bencher-metric-format">Bencher Metric Format</a> (BMF) JSON:
 * {@code {"<benchmark>": {"<measure>": {"value", "lower_value", "upper_value"}}}}.
 *
 * <p>Measures use Bencher's built-in slugs and units: {@code latency} in nanoseconds for time per operation
 * ({@code avgt}, {@code sample}, {@code ss}), {@code throughput} in operations per second for {@code thrpt}. JMH's
 * 99.9% interval becomes {@code lower_value}/{@code upper_value} (left out when JMH gave none). Allocation per
 * operation, when measured, is the measure {@code alloc-bytes-per-op} (Bencher creates a measure on first use of a
 * new slug). The benchmark name carries the class, method, parameters, mode and JVM label.
 */
public final class BencherExporter implements ResultExporter {
  static final String LATENCY = "latency";
  static final String THROUGHPUT = "throughput";
  static final String ALLOCATION = "alloc-bytes-per-op";

  @Override
  public JsonNode export(ResultSet run) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    for (BenchmarkResult result : run.benchmarks().values()) {
      ObjectNode benchmark = root.putObject(result.key().exportName());
      Metric primary = result.primary();
      ScoreUnit unit = ScoreUnit.parse(primary.unit());
      if (unit.timePerOperation()) {
        measure(benchmark.putObject(LATENCY), primary, unit.toNanosPerOperation());
      } else {
        measure(benchmark.putObject(THROUGHPUT), primary, unit.toOperationsPerSecond());
      }
      result.allocation().ifPresent(alloc -> measure(benchmark.putObject(ALLOCATION), alloc, 1));
    }
    return root;
  }

  private static void measure(ObjectNode measure, Metric metric, double factor) {
    measure.put("value", metric.score() * factor);
    if (metric.hasInterval()) {
      measure.put("lower_value", metric.lower() * factor);
      measure.put("upper_value", metric.upper() * factor);
    }
  }
}
