package dev.statebench.cli;

import dev.statebench.AtomicFiles;
import dev.statebench.UserFacingException;
import dev.statebench.gate.BuildUnderTest;
import dev.statebench.gate.CalibrationSummary;
import dev.statebench.gate.GateBenchmarkSet;
import dev.statebench.gate.GateCalibration;
import dev.statebench.gate.GateRules;
import dev.statebench.gate.InterleavedGate;
import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statebench gate-calibrate}: measures the interleaved gate's false-alarm rate (A/A) and detection rate (A/B with
 * known slowdowns of the calibration benchmark) and prints the table the README shows. See {@link GateCalibration}.
 */
@Command(
    name = "gate-calibrate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Measure the gate: A/A comparisons of a build against itself (false alarms) and A/B comparisons against the "
            + "same build with GateCalibrationBenchmark slowed by known amounts, or against a slower jar (detection).",
        "Prints a markdown table and writes it, with every comparison's rounds and reports, under --out."})
final class GateCalibrateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--jar", paramLabel = "JAR_OR_DIR",
      description = "The build to calibrate on: a benchmarks.jar or a built checkout.")
  Path jar;

  @Option(names = "--from", paramLabel = "DIR",
      description = "Run nothing: judge the comparisons stored in DIR (an earlier --out) again and print the table.")
  Path from;

  @Option(names = "--slower-jar", paramLabel = "JAR_OR_DIR",
      description = "A second, slower build for the A/B comparisons instead of the slowdown dial.")
  Path slowerJar;

  @Option(names = "--aa", paramLabel = "N", defaultValue = "20",
      description = "A/A comparisons (default: ${DEFAULT-VALUE}).")
  int aaComparisons;

  @Option(names = "--ab", paramLabel = "N", defaultValue = "20",
      description = "A/B comparisons per slowdown (default: ${DEFAULT-VALUE}).")
  int abComparisons;

  @Option(names = "--slowdowns", paramLabel = "PCT,...", split = ",", defaultValue = "5,10,20",
      description = "Slowdowns of the calibration rows, in percent (default: ${DEFAULT-VALUE}).")
  List<Integer> slowdowns = new ArrayList<>();

  @Option(names = "--set", paramLabel = "SET", defaultValue = "gate",
      description = "Benchmarks per comparison: gate, quick or calibration (default: ${DEFAULT-VALUE}).")
  String set;

  @Option(names = "--budget", paramLabel = "DURATION", defaultValue = "15m", converter = DurationConverter.class,
      description = "Budget of each comparison, as for 'gate --budget' (default: ${DEFAULT-VALUE}).")
  Duration budget;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "40",
      description = "At most this many rounds per comparison (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Seed of the first comparison; comparison i uses seed + i - 1 (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--warmup-iterations", paramLabel = "N", defaultValue = "2",
      description = "JMH warm-up iterations per fork (default: ${DEFAULT-VALUE}).")
  int warmupIterations;

  @Option(names = "--iterations", paramLabel = "N", defaultValue = "3",
      description = "JMH measurement iterations per fork (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--iteration-seconds", paramLabel = "S", defaultValue = "1",
      description = "Seconds per iteration (default: ${DEFAULT-VALUE}).")
  int iterationSeconds;

  @Option(names = "--duet",
      description = "Run the two forks of each pair at the same time (needs a free core per fork; ignores JMH's "
          + "lock) instead of one after the other.")
  boolean duet;

  @Option(names = "--ignore-jmh-lock",
      description = "Run while another JMH run holds its lock, instead of waiting.")
  boolean ignoreJmhLock;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "gate-calibration",
      description = "Folder for every comparison and calibration.md (default: ${DEFAULT-VALUE}).")
  Path out;

  @Mixin
  GateRuleOptions ruleOptions = new GateRuleOptions();

  @Mixin
  ServerOptions serverOptions = new ServerOptions();

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    if (from != null) {
      return summarize(from);
    }
    if (jar == null) {
      throw new UserFacingException("give --jar (the build to calibrate) or --from (stored comparisons)");
    }
    if (aaComparisons < 0 || abComparisons < 0 || aaComparisons + abComparisons == 0) {
      throw new UserFacingException("--aa and --ab must not be negative, and not both 0");
    }
    if (slowerJar == null && slowdowns.stream().anyMatch(s -> s <= 0)) {
      throw new UserFacingException("--slowdowns must be positive percentages, got " + slowdowns);
    }
    GateBenchmarkSet benchmarks = GateCommand.benchmarkSet(set);
    InterleavedGate.Plan plan = new InterleavedGate.Plan(benchmarks,
        GateCommand.forkSettings(warmupIterations, iterations, iterationSeconds, "avgt", true), rounds, budget, seed,
        ignoreJmhLock, duet);
    GateRules rules = ruleOptions.rules();
    GateCalibration.Design design = new GateCalibration.Design(aaComparisons, abComparisons, slowdowns,
        slowerJar == null ? null : BuildUnderTest.findJar(slowerJar));
    Path jarFile = BuildUnderTest.findJar(jar);
    List<GateCalibration.Outcome> outcomes;
    if (benchmarks.needsRedis() || benchmarks.needsPostgres()) {
      try (Servers servers = Servers.open(serverOptions.config())) {
        outcomes = GateCalibration.run(jarFile, design, plan, rules,
            ServerConfig.jvmArgsFor(servers.redis(), servers.postgres()), out, System.err);
      }
    } else {
      outcomes = GateCalibration.run(jarFile, design, plan, rules, List.of(), out, System.err);
    }
    return print(CalibrationSummary.markdown(outcomes, CalibrationSummary.setup(plan), rules, command()), out);
  }

  private int summarize(Path folder) throws IOException {
    Path setupFile = folder.resolve(GateCalibration.SETUP_FILE);
    String setup = Files.isRegularFile(setupFile) ? Files.readString(setupFile).strip()
        : "(" + GateCalibration.SETUP_FILE + " missing: how the comparisons ran is not recorded.)";
    GateRules rules = ruleOptions.rules();
    return print(CalibrationSummary.markdown(GateCalibration.rejudge(folder, rules), setup, rules, command()), folder);
  }

  private String command() {
    List<String> args = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
    if (!args.isEmpty() && args.get(0).equals(spec.name())) {
      args.remove(0);
    }
    return "statebench " + spec.name() + " " + String.join(" ", args);
  }

  private int print(String summary, Path folder) throws IOException {
    AtomicFiles.writeString(folder.resolve("calibration.md"), summary);
    spec.commandLine().getOut().print(summary);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
