package dev.statebench.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.UserFacingException;
import dev.statebench.results.sim.MeasuredCost;
import dev.statebench.results.sim.SimInputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;

/**
 * Derives the simulator's cost inputs from one run's own measurements: a Redis and a PostgreSQL session lookup and a
 * token verification per algorithm, the same benchmark rows lb-sim's committed defaults name
 * ({@code lb-sim/scenarios/reference.yaml}). For each cost, the first of these the run holds is taken:
 * <ol>
 *   <li>the run's latency logs ({@code hlog/}): every interval tagged with the benchmark and exactly these parameters,
 *       whatever the JMH mode or fork, added into one histogram (a distribution: every timed call);
 *   <li>the sample-mode row of {@code jmh.json}: its {@code rawDataHistogram}, every sampled call of every fork and
 *       iteration (a distribution);
 *   <li>the average-time row of {@code jmh.json}: its score, the mean time per operation, as a lognormal with the
 *       coefficient of variation of lb-sim's defaults (0.3), so only the measured mean differs from the default;
 *   <li>nothing: the cost is listed as absent, with what was looked for, and lb-sim keeps its committed default.
 * </ol>
 * Where several JVMs ran, the first JVM's rows in {@code jmh.json} are used and the source names its version.
 */
final class SimInputsDerivation {
  /** Coefficient of variation given to a mean-only cost: that of lb-sim's committed defaults. */
  static final double MEAN_ONLY_CV = 0.3;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One cost: where lb-sim reads it and which benchmark row measures it. */
  record Wanted(String group, String name, String benchmark, Map<String, String> params) {
    String key() {
      return group + "." + name;
    }

    String describe() {
      return benchmark + " " + params;
    }
  }

  /** The costs lb-sim takes, each with the row its committed default was taken from. */
  static final List<Wanted> WANTED = List.of(
      new Wanted("lookup", "redis", "RedisLookupBenchmark.lookup",
          params("command", "GET", "key", "HIT", "payload", "1024", "population", "10000")),
      new Wanted("lookup", "sql", "PostgresLookupBenchmark.query",
          params("logging", "LOGGED", "protocol", "DEFAULT", "query", "LOOKUP", "rows", "10000")),
      verify("HS256", "HS256"), verify("RS256", "RS256"), verify("ES256", "ES256"), verify("EdDSA", "EDDSA"));

  /**
   * The derived inputs and the histograms their {@code empirical} costs name (file name → histogram in ns).
   */
  record Derived(SimInputs inputs, Map<String, Histogram> logs) {}

  private SimInputsDerivation() {}

  /** Derives the inputs from {@code run}'s {@code jmh.json} and {@code hlog/} (either may be missing). */
  static Derived derive(Path run) throws IOException {
    List<JsonNode> rows = jmhRows(run.resolve("jmh.json"));
    Map<String, MeasuredCost> lookup = new TreeMap<>();
    Map<String, MeasuredCost> verify = new TreeMap<>();
    List<SimInputs.Absent> absent = new ArrayList<>();
    Map<String, Histogram> logs = new LinkedHashMap<>();
    for (Wanted wanted : WANTED) {
      MeasuredCost cost = fromLatencyLogs(run.resolve("hlog"), wanted, logs);
      if (cost == null) {
        cost = fromJmh(rows, wanted, logs);
      }
      if (cost == null) {
        absent.add(new SimInputs.Absent(wanted.key(), "this run has no latency log, sample-mode or average-time row"
            + " of " + wanted.describe() + "; lb-sim uses its committed default"));
      } else {
        (wanted.group().equals("lookup") ? lookup : verify).put(wanted.name(), cost);
      }
    }
    return new Derived(new SimInputs(SimInputs.CURRENT_FORMAT, new SimInputs.Costs(lookup, verify), absent), logs);
  }

  private static MeasuredCost fromLatencyLogs(Path folder, Wanted wanted, Map<String, Histogram> logs)
      throws IOException {
    if (!Files.isDirectory(folder)) {
      return null;
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".hlog")).sorted().toList();
    }
    Histogram total = new Histogram(3);
    int used = 0;
    for (Path file : files) {
      boolean matched = false;
      HistogramLogReader reader = new HistogramLogReader(file.toFile());
      try {
        EncodableHistogram next;
        while ((next = reader.nextIntervalHistogram()) != null) {
          if (next instanceof Histogram interval && next.getTag() != null && matches(next.getTag(), wanted)) {
            total.add(interval);
            matched = true;
          }
        }
      } catch (RuntimeException corrupt) {
        // a truncated log: the intervals read before the damage count, as in the report
      } finally {
        reader.close();
      }
      used += matched ? 1 : 0;
    }
    if (total.getTotalCount() == 0) {
      return null;
    }
    String file = wanted.group() + "-" + wanted.name() + ".hlog";
    logs.put(file, total);
    return MeasuredCost.empirical(file, "hlog/ (" + used + (used == 1 ? " file" : " files") + "): "
        + wanted.describe() + ", every timed call of all modes and forks, n = " + total.getTotalCount() + ", mean "
        + micros(total.getMean()));
  }

  /** Whether an hlog tag {@code Class.method?mode=…&k=v…} names the wanted benchmark with exactly its parameters. */
  static boolean matches(String tag, Wanted wanted) {
    int query = tag.indexOf('?');
    if (query < 0 || !tag.substring(0, query).equals(wanted.benchmark())) {
      return false;
    }
    Map<String, String> params = new TreeMap<>();
    for (String pair : tag.substring(query + 1).split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && !pair.startsWith("mode=")) {
        params.put(pair.substring(0, eq), pair.substring(eq + 1));
      }
    }
    return params.equals(wanted.params());
  }

  private static MeasuredCost fromJmh(List<JsonNode> rows, Wanted wanted, Map<String, Histogram> logs) {
    String jvm = rows.isEmpty() ? "" : rows.get(0).path("jvm").asText();
    JsonNode sample = row(rows, wanted, "sample", jvm);
    if (sample != null && sample.path("primaryMetric").path("rawDataHistogram").isArray()) {
      double toNanos = nanosPer(sample.path("primaryMetric").path("scoreUnit").asText());
      Histogram histogram = new Histogram(3);
      for (JsonNode fork : sample.path("primaryMetric").path("rawDataHistogram")) {
        for (JsonNode iteration : fork) {
          for (JsonNode bucket : iteration) {
            histogram.recordValueWithCount(Math.max(1, Math.round(bucket.get(0).asDouble() * toNanos)),
                bucket.get(1).asLong());
          }
        }
      }
      if (histogram.getTotalCount() > 0) {
        String file = wanted.group() + "-" + wanted.name() + ".hlog";
        logs.put(file, histogram);
        return MeasuredCost.empirical(file, "jmh.json: " + wanted.describe() + ", sample mode, every sampled call"
            + " (rawDataHistogram), n = " + histogram.getTotalCount() + ", mean " + micros(histogram.getMean())
            + ", JDK " + sample.path("jdkVersion").asText());
      }
    }
    JsonNode average = row(rows, wanted, "avgt", jvm);
    if (average == null) {
      return null;
    }
    JsonNode metric = average.path("primaryMetric");
    double meanNanos = metric.path("score").asDouble() * nanosPer(metric.path("scoreUnit").asText());
    int iterations = 0;
    for (JsonNode fork : metric.path("rawData")) {
      iterations += fork.size();
    }
    return MeasuredCost.lognormal(meanNanos, MEAN_ONLY_CV, "jmh.json: " + wanted.describe() + ", average-time mode,"
        + " score (mean time per operation over " + iterations + " iterations) " + micros(meanNanos) + ", JDK "
        + average.path("jdkVersion").asText() + "; lognormal with cv " + MEAN_ONLY_CV + ", the shape of lb-sim's"
        + " default");
  }

  private static JsonNode row(List<JsonNode> rows, Wanted wanted, String mode, String jvm) {
    for (JsonNode row : rows) {
      if (row.path("benchmark").asText().endsWith("." + wanted.benchmark()) && row.path("mode").asText().equals(mode)
          && row.path("jvm").asText().equals(jvm) && params(row.path("params")).equals(wanted.params())) {
        return row;
      }
    }
    return null;
  }

  private static List<JsonNode> jmhRows(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    JsonNode tree;
    try {
      tree = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UserFacingException(file + " is not JMH's JSON (" + String.valueOf(e.getMessage()).lines()
          .findFirst().orElse("") + "); the simulator inputs cannot be derived from it", e);
    }
    List<JsonNode> rows = new ArrayList<>();
    tree.forEach(rows::add);
    return rows;
  }

  private static Map<String, String> params(JsonNode node) {
    Map<String, String> params = new TreeMap<>();
    node.fields().forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
    return params;
  }

  private static String micros(double nanos) {
    return String.format(Locale.ROOT, "%.1f µs", nanos / 1e3);
  }

  private static double nanosPer(String scoreUnit) {
    return switch (scoreUnit.toLowerCase(Locale.ROOT)) {
      case "ns/op" -> 1;
      case "us/op" -> 1e3;
      case "ms/op" -> 1e6;
      case "s/op" -> 1e9;
      default -> throw new UserFacingException("jmh.json: unit " + scoreUnit + " is not a time per operation");
    };
  }

  private static Wanted verify(String name, String alg) {
    return new Wanted("verify", name, "JwtVerifyBenchmark.verify",
        params("alg", alg, "path", "REUSED", "profile", "TYPICAL", "provider", "JDK"));
  }

  private static Map<String, String> params(String... pairs) {
    Map<String, String> params = new TreeMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      params.put(pairs[i], pairs[i + 1]);
    }
    return params;
  }
}
