package dev.statebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.UserFacingException;
import dev.statebench.compare.BenchmarkKey;
import dev.statebench.compare.BenchmarkResult;
import dev.statebench.compare.JmhResultReader;
import dev.statebench.compare.ResultSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything a run folder holds that the report uses, each part optional: JMH results (read by the regression gate's
 * {@link JmhResultReader}), sample-mode percentiles, latency logs ({@code *.hlog}), the header tables
 * ({@code tables/headers.json}), simulator results ({@code sim/*.json}, plots {@code sim/*.svg}), {@code env.json}
 * and the job ledger. A missing or unreadable part is simply absent; its report section says so.
 */
record ResultFolder(Path dir, Map<BenchmarkKey, BenchmarkResult> benchmarks, SamplePercentiles percentiles,
    List<LatencyLog> latencyLogs, Optional<JsonNode> headerTables, List<SimResult> simulations,
    List<Path> simulatorPlots, Optional<JsonNode> env, Optional<JsonNode> job) {

  /** One simulator result file: its file name stem and its JSON. */
  record SimResult(String name, JsonNode json) {}

  static ResultFolder read(Path dir) throws IOException {
    Map<BenchmarkKey, BenchmarkResult> benchmarks = benchmarks(dir);
    return new ResultFolder(dir, benchmarks, SamplePercentiles.read(dir), LatencyLog.readAll(dir),
        json(dir.resolve("tables").resolve("headers.json")), simulations(dir.resolve("sim")),
        files(dir.resolve("sim"), ".svg"), json(dir.resolve("env.json")), json(dir.resolve("job.json")));
  }

  /**
   * The JMH results, one per benchmark, parameters and JVM. A folder holds {@code jmh.json} (all JVMs) and
   * {@code jmh-<jdk>.json} (one per JVM); the labelled copies are kept, so each result names its JVM.
   */
  private static Map<BenchmarkKey, BenchmarkResult> benchmarks(Path dir) {
    if (!Files.exists(dir.resolve("jmh.json"))) {
      return Map.of();
    }
    ResultSet set;
    try {
      set = new JmhResultReader().read(dir);
    } catch (UserFacingException unreadable) {
      return Map.of();
    }
    boolean labelled = set.benchmarks().keySet().stream().anyMatch(key -> !key.jvm().isEmpty());
    Map<BenchmarkKey, BenchmarkResult> kept = new LinkedHashMap<>();
    set.benchmarks().forEach((key, result) -> {
      if (!labelled || !key.jvm().isEmpty()) {
        kept.put(key, result);
      }
    });
    return kept;
  }

  private static List<SimResult> simulations(Path sim) throws IOException {
    List<SimResult> results = new ArrayList<>();
    for (Path file : files(sim, ".json")) {
      Optional<JsonNode> json = json(file);
      if (json.isPresent() && json.get().isObject()) {
        String name = file.getFileName().toString();
        results.add(new SimResult(name.substring(0, name.length() - ".json".length()), json.get()));
      }
    }
    return results;
  }

  static List<Path> files(Path folder, String suffix) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(suffix)).sorted()
          .toList();
    }
  }

  static Optional<JsonNode> json(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(new ObjectMapper().readTree(file.toFile()));
    } catch (IOException unreadable) {
      return Optional.empty();
    }
  }

  /** Whether the results came from more than one JVM (then every row names its JVM). */
  boolean severalJvms() {
    return benchmarks.keySet().stream().map(BenchmarkKey::jvm).distinct().count() > 1;
  }
}
