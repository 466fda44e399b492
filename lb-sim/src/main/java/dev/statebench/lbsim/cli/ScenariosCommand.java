package dev.statebench.lbsim.cli;

import dev.statebench.lbsim.InvalidInputException;
import dev.statebench.lbsim.experiment.ExperimentResult;
import dev.statebench.lbsim.experiment.ExperimentRunner;
import dev.statebench.lbsim.report.ReportFormat;
import dev.statebench.lbsim.scenario.Scenario;
import dev.statebench.lbsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code lb-sim scenarios --out DIR}: runs every scenario of a directory (by default the shipped fleet scenarios,
 * {@code lb-sim/scenarios/fleet/}) in file-name order and writes each one's {@code NAME.json}, {@code NAME.csv},
 * {@code NAME.md} and plots into DIR. Every scenario is validated before the first one runs.
 */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
    description = "Run every scenario of a directory (default lb-sim/scenarios/fleet) into --out.")
final class ScenariosCommand implements Callable<Integer> {

  @Option(names = "--dir", paramLabel = "DIR", defaultValue = "${env:LB_SIM_SCENARIOS:-lb-sim/scenarios/fleet}",
      description = "Directory of scenario files (default: $LB_SIM_SCENARIOS, which scripts/lb-sim sets to the"
          + " repository's lb-sim/scenarios/fleet, else lb-sim/scenarios/fleet under the working directory).")
  Path directory;

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "Where the results and plots go.")
  Path out;

  @Option(names = "--set", paramLabel = "key=value", description = "Override a key in every scenario. Repeatable.")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--replications", paramLabel = "R", description = "Override the number of replications.")
  Integer replications;

  @Option(names = "--threads", paramLabel = "T", description = "Parallel runs (default: available cores).")
  Integer threads;

  @Option(names = "--no-plots", description = "Skip the SVG plots.")
  boolean noPlots;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(directory)) {
      throw new InvalidInputException("--dir: no such directory " + directory
          + " (run from the repository root or give --dir)");
    }
    List<Path> files;
    try (Stream<Path> list = Files.list(directory)) {
      files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new InvalidInputException("--dir: no .yaml scenarios in " + directory);
    }
    List<String> all = new ArrayList<>(overrides);
    if (replications != null) {
      all.add("replications=" + replications);
    }
    List<Scenario> scenarios = new ArrayList<>();
    for (Path file : files) {
      scenarios.add(ScenarioLoader.load(file, all));
    }
    int parallel = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    for (Scenario scenario : scenarios) {
      long start = System.nanoTime();
      System.err.println("lb-sim: scenario " + scenario.name());
      ExperimentResult result = new ExperimentRunner(parallel, System.err).run(scenario);
      ResultFiles.write(result, out, ReportFormat.JSON, !noPlots);
      System.err.printf("lb-sim: scenario %s took %.1f s%n", scenario.name(), (System.nanoTime() - start) / 1e9);
    }
    return 0;
  }
}
