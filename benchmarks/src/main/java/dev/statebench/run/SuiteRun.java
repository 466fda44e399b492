package dev.statebench.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.AtomicFiles;
import dev.statebench.UserFacingException;
import dev.statebench.shard.Shard;
import dev.statebench.shard.ShardMarker;
import dev.statebench.jwt.KeyFixtures;
import dev.statebench.jwt.TokenSizeTable;
import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One {@code statebench run}: choose the profile's benchmarks ({@code --include}), drop crypto providers this platform
 * cannot run, gate every verifier configuration, run JMH on every JVM, then write {@code jmh.json},
 * {@code jmh-<jdk>.json}, {@code token-sizes.md}/{@code .csv}, {@code env.json} and the latency logs
 * ({@code hlog/*.hlog}) into the output folder. Servers the benchmarks need are started before JMH and stopped after;
 * if the run fails midway (e.g. a server died), the results completed so far are still written.
 *
 * @param profile the run profile
 * @param include regular expression matched (find) against benchmark class names, or {@code null} for all
 * @param out the output folder; must not already hold a {@code jmh.json}
 * @param extraJvms JVMs to run the forks on besides the current one
 * @param serverConfig which Redis/PostgreSQL to use (external, or embedded ones started for this run); only the servers
 *     that the selected benchmarks need are started or probed, once, and handed to every fork
 * @param shard the slice of the selected configurations to run ({@link Shard#WHOLE} for all)
 */
public record SuiteRun(BenchmarkProfile profile, String include, Path out, List<Path> extraJvms,
    ServerConfig serverConfig, Shard shard) {

  /** The whole suite, unsharded. */
  public SuiteRun(BenchmarkProfile profile, String include, Path out, List<Path> extraJvms, ServerConfig serverConfig) {
    this(profile, include, out, extraJvms, serverConfig, Shard.WHOLE);
  }

  /** Runs with servers opened (and, if embedded, started) from {@link #serverConfig}; returns the files written. */
  public List<Path> execute(PrintStream log) throws IOException {
    try (Servers servers = Servers.open(serverConfig)) {
      return execute(log, servers);
    }
  }

  /**
   * Runs against servers the caller already holds (the main job provisions them once for all its steps) and returns
   * the files written. The servers stay open: they belong to the caller.
   */
  public List<Path> execute(PrintStream log, Servers servers) throws IOException {
    if (Files.exists(out.resolve(SuiteRunner.MERGED_FILE))) {
      throw new UserFacingException("--out " + out + " already holds results (" + SuiteRunner.MERGED_FILE
          + "); choose a new folder");
    }
    List<BenchmarkSelection> selections = select(log);
    List<JvmInstallation> jvms = jvms();
    long minutes = Math.max(1, profile.estimatedSeconds(selections, jvms.size() - 1) / 60);
    log.println("profile " + profile.name().toLowerCase(Locale.ROOT) + ": "
        + selections.stream().mapToInt(BenchmarkSelection::combinations).sum() + " configurations on "
        + jvms.size() + " JVM(s), roughly " + minutes + " minute(s)");
    int gated = 0;
    for (BenchmarkSelection selection : selections) {
      gated += SecurityPreflight.gate(selection);
    }
    log.println("security gate passed for " + gated + " verifier configurations on the launcher JVM "
        + "(each fork checks its configuration again before timing)");
    Instant started = Instant.now();
    List<Double> loadBefore = HostFacts.loadAverage();
    Files.createDirectories(out);
    if (!shard.whole()) {
      ShardMarker.here(profile.name().toLowerCase(Locale.ROOT), EnvironmentReport.gitCommit(), shard).write(out);
    }
    ServerNeeds needs = ServerNeeds.of(selections);
    ForkServerArguments fork = ForkServerArguments.prepare(servers, needs, out.resolve("hlog"), System.getenv(), log);
    List<Path> written = new ArrayList<>();
    try {
      written.addAll(new SuiteRunner().run(profile, selections, jvms, out, fork.jvmArgs(), log));
    } finally {
      // The durability settings in force are among each server's settings (ServerSettings: fsync,
      // synchronous_commit, full_page_writes, appendonly, appendfsync), read back from the servers.
      written.add(writeEnvironment(selections, jvms, started, fork.description(), loadBefore));
    }
    written.addAll(TokenSizeTable.measure(KeyFixtures.standard(), started).writeTo(out));
    return written;
  }

  private Path writeEnvironment(List<BenchmarkSelection> selections, List<JvmInstallation> jvms, Instant started,
      Map<String, Object> servers, List<Double> loadBefore) throws IOException {
    Map<String, Object> env = EnvironmentReport.describe(profile, selections, jvms, include, started,
        Instant.now(), servers, loadBefore);
    Path envFile = out.resolve("env.json");
    AtomicFiles.writeString(envFile, new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(env));
    return envFile;
  }

  private List<BenchmarkSelection> select(PrintStream log) {
    Pattern pattern;
    try {
      pattern = include == null ? null : Pattern.compile(include);
    } catch (PatternSyntaxException e) {
      throw new UserFacingException("--include '" + include + "' is not a regular expression: "
          + e.getDescription());
    }
    List<BenchmarkSelection> chosen = new ArrayList<>();
    for (BenchmarkSelection selection : profile.selections()) {
      if (pattern == null || pattern.matcher(selection.benchmark().getName()).find()) {
        chosen.add(SecurityPreflight.withRunnableProviders(selection, log));
      }
    }
    chosen.removeIf(selection -> selection.combinations() == 0);
    if (chosen.isEmpty()) {
      throw new UserFacingException("--include '" + include + "' matches no benchmark of profile "
          + profile.name().toLowerCase(Locale.ROOT) + "; its benchmarks are "
          + profile.selections().stream().map(s -> s.benchmark().getSimpleName()).toList());
    }
    List<BenchmarkSelection> mine = ShardedSelections.of(chosen, shard);
    if (mine.isEmpty()) {
      int total = chosen.stream().mapToInt(BenchmarkSelection::combinations).sum();
      throw new UserFacingException("--shard " + shard + " has no benchmark to run: the selection holds only " + total
          + " configurations; use at most " + total + " shards");
    }
    return mine;
  }

  private List<JvmInstallation> jvms() {
    Map<Path, JvmInstallation> byPath = new LinkedHashMap<>();
    JvmInstallation current = JvmInstallation.current();
    byPath.put(current.java(), current);
    for (Path location : extraJvms) {
      JvmInstallation jvm = JvmInstallation.probe(location);
      byPath.putIfAbsent(jvm.java(), jvm);
    }
    List<JvmInstallation> jvms = new ArrayList<>();
    Map<String, Integer> labelCounts = new LinkedHashMap<>();
    for (JvmInstallation jvm : byPath.values()) {
      int count = labelCounts.merge(jvm.label(), 1, Integer::sum);
      jvms.add(count == 1 ? jvm : jvm.relabel(jvm.label() + "-" + count));
    }
    return jvms;
  }
}
