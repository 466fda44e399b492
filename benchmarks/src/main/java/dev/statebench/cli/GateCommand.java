package dev.statebench.cli;

import dev.statebench.UserFacingException;
import dev.statebench.gate.BuildUnderTest;
import dev.statebench.gate.ForkSettings;
import dev.statebench.gate.GateBenchmarkSet;
import dev.statebench.gate.GateReport;
import dev.statebench.gate.InterleavedGate;
import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code statebench gate BASE NEW}: the interleaved regression gate. Runs one JMH fork of each build per round, in a
 * seeded random order, against one set of servers, for as many rounds as the budget allows, and judges the paired
 * rounds (see {@link dev.statebench.gate.GateJudge}). Exit 0 = no regression, 1 = regression, 2 = unusable input or
 * too little data for any verdict.
 */
@Command(
    name = "gate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Interleaved A/B regression gate: runs both builds' JMH forks alternately in random order (RMIT) on the same "
            + "servers, then fails only on a change beyond the threshold that a paired t-test over the rounds "
            + "confirms after a Holm correction across all benchmarks.",
        "BASE and NEW are benchmarks.jar files or built checkouts (with benchmarks/target/benchmarks.jar).",
        "Exit status: 0 no regression, 1 regression, 2 unusable input or too little data for any verdict."})
final class GateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BASE", description = "The baseline build: a jar or a built checkout.")
  Path base;

  @Parameters(index = "1", paramLabel = "NEW", description = "The new build: a jar or a built checkout.")
  Path candidate;

  @Option(names = "--set", paramLabel = "SET", defaultValue = "gate",
      description = "Benchmarks to run: gate (a small row per cost kind plus calibration), quick (the whole quick "
          + "profile) or calibration (default: ${DEFAULT-VALUE}).")
  String set;

  @Option(names = "--budget", paramLabel = "DURATION", defaultValue = "15m", converter = DurationConverter.class,
      description = "Start no round that would end after this (default: ${DEFAULT-VALUE}).")
  Duration budget;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "40",
      description = "At most this many rounds (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--seed", paramLabel = "N",
      description = "Seed of the random fork order (default: drawn, printed in the log).")
  Long seed;

  @Option(names = "--warmup-iterations", paramLabel = "N", defaultValue = "2",
      description = "JMH warm-up iterations per fork (default: ${DEFAULT-VALUE}).")
  int warmupIterations;

  @Option(names = "--iterations", paramLabel = "N", defaultValue = "3",
      description = "JMH measurement iterations per fork (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--iteration-seconds", paramLabel = "S", defaultValue = "1",
      description = "Seconds per warm-up and measurement iteration (default: ${DEFAULT-VALUE}).")
  int iterationSeconds;

  @Option(names = "--modes", paramLabel = "MODES", defaultValue = "avgt",
      description = "JMH modes, comma-separated: avgt, sample, thrpt, ss (default: ${DEFAULT-VALUE}).")
  String modes;

  @Option(names = "--no-alloc", description = "Do not record allocation per operation (-prof gc).")
  boolean noAllocation;

  @Option(names = "--base-jvm-arg", paramLabel = "ARG",
      description = "Extra JVM argument for the base build's forks. Repeatable.")
  List<String> baseJvmArgs = new ArrayList<>();

  @Option(names = "--new-jvm-arg", paramLabel = "ARG",
      description = "Extra JVM argument for the new build's forks, e.g. -Dstatebench.calibration.slowdown=10. "
          + "Repeatable.")
  List<String> newJvmArgs = new ArrayList<>();

  @Option(names = "--duet",
      description = "Run the two forks of each pair at the same time (needs a free core per fork; ignores JMH's "
          + "lock) instead of one after the other.")
  boolean duet;

  @Option(names = "--ignore-jmh-lock",
      description = "Run while another JMH run holds its lock, instead of waiting (its noise hits both builds).")
  boolean ignoreJmhLock;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "gate-results",
      description = "Folder for rounds/, gate.md and gate.json (default: ${DEFAULT-VALUE}).")
  Path out;

  @Mixin
  GateRuleOptions ruleOptions = new GateRuleOptions();

  @Mixin
  GateReportOptions reportOptions = new GateReportOptions();

  @Mixin
  ServerOptions serverOptions = new ServerOptions();

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Override
  public Integer call() {
    try {
      return gate();
    } catch (UserFacingException e) {
      throw e;
    } catch (RuntimeException e) {
      // Exit status 1 means "regression" to CI: an internal failure must not masquerade as one.
      throw new UserFacingException("gate failed: " + e, e);
    }
  }

  private int gate() {
    GateBenchmarkSet benchmarks = benchmarkSet(set);
    InterleavedGate.Plan plan = new InterleavedGate.Plan(benchmarks, forkSettings(), rounds, budget,
        seed != null ? seed : System.nanoTime(), ignoreJmhLock, duet);
    BuildUnderTest baseBuild = new BuildUnderTest(BuildUnderTest.BASE, BuildUnderTest.findJar(base), baseJvmArgs);
    BuildUnderTest newBuild = new BuildUnderTest(BuildUnderTest.NEW, BuildUnderTest.findJar(candidate), newJvmArgs);
    PrintStream log = System.err;
    GateReport report;
    if (benchmarks.needsRedis() || benchmarks.needsPostgres()) {
      try (Servers servers = Servers.open(serverOptions.config())) {
        List<String> serverArgs = ServerConfig.jvmArgsFor(servers.redis(), servers.postgres());
        log.println("gate: Redis at " + servers.redis().redactedUri() + ", PostgreSQL at "
            + servers.postgres().redactedJdbcUrl() + " (shared by both builds)");
        report = InterleavedGate.run(baseBuild, newBuild, plan, serverArgs, out, ruleOptions.rules(), log).report();
      }
    } else {
      report = InterleavedGate.run(baseBuild, newBuild, plan, List.of(), out, ruleOptions.rules(), log).report();
    }
    reportOptions.emit(report, out, spec.commandLine().getOut());
    return report.exitStatus();
  }

  private ForkSettings forkSettings() {
    return forkSettings(warmupIterations, iterations, iterationSeconds, modes, !noAllocation);
  }

  /** Fork settings from the command line's values, with a one-line error for impossible ones. */
  static ForkSettings forkSettings(int warmupIterations, int iterations, int iterationSeconds, String modes,
      boolean allocation) {
    try {
      return new ForkSettings(warmupIterations, iterationSeconds, iterations, iterationSeconds,
          Arrays.stream(modes.split(",")).map(String::strip).toList(), allocation);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException(e.getMessage(), e);
    }
  }

  static GateBenchmarkSet benchmarkSet(String name) {
    try {
      return GateBenchmarkSet.parse(name);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("unknown --set '" + name + "'; expected gate, quick or calibration", e);
    }
  }
}
