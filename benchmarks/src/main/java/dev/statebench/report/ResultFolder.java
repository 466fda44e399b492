package dev.statebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.UserFacingException;
import dev.statebench.compare.BenchmarkKey;
import dev.statebench.compare.BenchmarkResult;
import dev.statebench.compare.JmhResultReader;
import dev.statebench.compare.ResultSet;
import dev.statebench.results.env.RunManifest;
import dev.statebench.results.env.RunManifestReader;
import dev.statebench.results.load.LoadSummary;
import dev.statebench.results.load.LoadSummaryReader;
import dev.statebench.results.sim.SimulationResult;
import dev.statebench.results.sim.SimulationResultReader;
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
 * {@link JmhResultReader}) and their confidence intervals, latency logs ({@code *.hlog}), the header tables
 * ({@code tables/headers.json}), simulator results ({@code sim/*.json}, read through the typed results contract;
 * plots {@code sim/*.svg}), open-loop load summaries ({@code load/**}{@code /summary.json}), {@code env.json} and the
 * job ledger. A missing part is absent and its report section says so; a result file that does not match its format
 * stops the report with a one-line {@link dev.statebench.results.ResultsFormatException} naming it.
 */
record ResultFolder(Path dir, Map<BenchmarkKey, BenchmarkResult> benchmarks, JmhIntervals intervals,
    List<LatencyLog> latencyLogs, Optional<JsonNode> headerTables, List<SimResult> simulations,
    List<Path> simulatorPlots, List<LoadResult> loads, Optional<RunManifest> env, Optional<JsonNode> job) {

  /** One simulator result file: its file name stem and its typed content. */
  record SimResult(String name, SimulationResult result) {}

  /** One load sweep: the folder it was written to (relative to the run folder) and its summary. */
  record LoadResult(String folder, LoadSummary summary) {}

  static ResultFolder read(Path dir) throws IOException {
    Map<BenchmarkKey, BenchmarkResult> benchmarks = benchmarks(dir);
    Path env = dir.resolve("env.json");
    return new ResultFolder(dir, benchmarks, JmhIntervals.read(dir), LatencyLog.readAll(dir),
        json(dir.resolve("tables").resolve("headers.json")), simulations(dir.resolve("sim")),
        files(dir.resolve("sim"), ".svg"), loads(dir), Files.isRegularFile(env)
            ? Optional.of(new RunManifestReader().read(env)) : Optional.empty(), json(dir.resolve("job.json")));
  }

  private static List<LoadResult> loads(Path dir) throws IOException {
    Path load = dir.resolve("load");
    if (!Files.isDirectory(load)) {
      return List.of();
    }
    List<Path> summaries;
    try (Stream<Path> walk = Files.walk(load, 4)) {
      summaries = walk.filter(p -> p.getFileName().toString().equals("summary.json")).sorted().toList();
    }
    List<LoadResult> results = new ArrayList<>();
    LoadSummaryReader reader = new LoadSummaryReader();
    for (Path summary : summaries) {
      results.add(new LoadResult(dir.relativize(summary.getParent()).toString(), reader.read(summary)));
    }
    return results;
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
    SimulationResultReader reader = new SimulationResultReader();
    for (Path file : files(sim, ".json")) {
      String name = file.getFileName().toString();
      results.add(new SimResult(name.substring(0, name.length() - ".json".length()), reader.read(file)));
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
