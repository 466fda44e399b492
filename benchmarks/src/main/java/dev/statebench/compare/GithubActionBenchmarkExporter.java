package dev.statebench.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * Writes <a href="https://github.com/benchmark-action/github-action-benchmark">github-action-benchmark</a>'s custom
 * format for {@code tool: 'customSmallerIsBetter'}: an array of {@code {name, unit, value, range, extra}}.
 *
 * <p>The name carries the class, method, parameters, mode and JVM label, so every entry has its own chart. The range
 * is JMH's error (the half-width of its 99.9% interval) as {@code "± 1.23"}; it is left out when JMH gave none.
 * Because the format is smaller-is-better throughout, a throughput ({@code ops/us}) is exported as its reciprocal
 * time per operation ({@code us/op}), with the range taken as half the width of the reciprocal interval (left out when
 * the throughput interval reaches down to zero, as the reciprocal's is then unbounded); the original throughput is
 * kept in {@code extra}. Allocation per operation, when measured, is one more entry per benchmark
 * ({@code … alloc}, in B/op).
 */
public final class GithubActionBenchmarkExporter implements ResultExporter {

  @Override
  public JsonNode export(ResultSet run) {
    ArrayNode entries = JsonNodeFactory.instance.arrayNode();
    for (BenchmarkResult result : run.benchmarks().values()) {
      Metric primary = result.primary();
      ScoreUnit unit = ScoreUnit.parse(primary.unit());
      String forks = "forks: " + primary.forks();
      if (unit.timePerOperation()) {
        entry(entries, result.key().exportName(), primary.unit(), primary.score(), primary.error(), forks);
      } else {
        double value = 1 / primary.score();
        double halfWidth = primary.hasInterval() && primary.lower() > 0
            ? (1 / primary.lower() - 1 / primary.upper()) / 2
            : Double.NaN;
        entry(entries, result.key().exportName(), unit.inverted(), value, halfWidth,
            forks + "; exported as 1/throughput; throughput " + ScoreFormat.score(primary));
      }
      result.allocation().ifPresent(alloc -> entry(entries, result.key().exportName() + " alloc", alloc.unit(),
          alloc.score(), alloc.error(), "gc.alloc.rate.norm; forks: " + alloc.forks()));
    }
    return entries;
  }

  private static void entry(ArrayNode entries, String name, String unit, double value, double range, String extra) {
    ObjectNode entry = entries.addObject();
    entry.put("name", name);
    entry.put("unit", unit);
    entry.put("value", value);
    if (Double.isFinite(range)) {
      entry.put("range", String.format(Locale.ROOT, "± %s", ScoreFormat.error(range)));
    }
    entry.put("extra", extra);
  }
}
