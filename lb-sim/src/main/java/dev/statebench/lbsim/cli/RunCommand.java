package dev.statebench.lbsim.cli;

import dev.statebench.lbsim.InvalidInputException;
import dev.statebench.lbsim.experiment.ExperimentResult;
import dev.statebench.lbsim.experiment.ExperimentRunner;
import dev.statebench.lbsim.experiment.Shard;
import dev.statebench.lbsim.metrics.ReplicationResult;
import dev.statebench.lbsim.report.ReportFormat;
import dev.statebench.lbsim.scenario.Scenario;
import dev.statebench.lbsim.scenario.ScenarioLoader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lb-sim run SCENARIO.yaml [--set key=value …] [--inputs FILE] [--seed N] [--replications R] [--out DIR]
 * [--format F] [--shard K/N]}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Simulate every policy of a scenario and report the metrics with 95%% confidence intervals.")
final class RunCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "SCENARIO.yaml", description = "Scenario file (see lb-sim/scenarios/reference.yaml).")
  Path scenarioFile;

  @Option(names = "--set", paramLabel = "key=value",
      description = "Override a scenario key by its dotted path; the value is parsed as YAML. Repeatable.")
  List<String> overrides = new ArrayList<>();

  @Option(names = "--inputs", paramLabel = "FILE", description = "A run's measured costs (sim-inputs.json, written by"
      + " 'statebench job'): they replace the scenario's 'costs' (store lookups, token verification); costs the file"
      + " does not give keep the committed defaults. Echoed with their sources in the result.")
  Path inputs;

  @Option(names = "--seed", paramLabel = "N", description = "Override the scenario's seed.")
  Long seed;

  @Option(names = "--replications", paramLabel = "R", description = "Override the number of replications.")
  Integer replications;

  @Option(names = "--out", paramLabel = "DIR", description = "Write <scenario-name>.json, .csv, .md (and .<format>)"
      + " and the SVG plots into DIR instead of the table on standard output.")
  Path out;

  @Option(names = "--no-plots", description = "With --out, skip the SVG plots.")
  boolean noPlots;

  @Option(names = "--format", paramLabel = "F", defaultValue = "table",
      description = "table, json, csv or markdown (default ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--threads", paramLabel = "T", description = "Parallel runs (default: available cores).")
  Integer threads;

  @Option(names = "--shard", paramLabel = "K/N", description = "Run only shard K of N of the runs (policies ×"
      + " replications) and write its partial results into --out; combine the N folders with 'lb-sim merge'.")
  String shard;

  @Option(names = "--verbose", description = "Print stack traces of errors.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    ReportFormat reportFormat = parseFormat(format);
    List<String> all = new ArrayList<>(overrides);
    if (seed != null) {
      all.add("seed=" + seed);
    }
    if (replications != null) {
      all.add("replications=" + replications);
    }
    Shard slice = shard != null ? Shard.parse(shard) : null;
    if (slice != null && out == null) {
      throw new InvalidInputException("--shard: a shard writes partial results; give --out DIR");
    }
    if (slice != null && inputs != null) {
      // lb-sim merge re-resolves the scenario from its file and overrides to check the shards, without the inputs
      throw new InvalidInputException("--shard cannot be combined with --inputs; run the scenario unsharded, or put "
          + "the measured costs in the scenario's 'costs' key");
    }
    Scenario scenario = ScenarioLoader.load(scenarioFile, all, inputs);
    int parallel = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    if (slice != null) {
      ReplicationResult[] runs = new ExperimentRunner(parallel, System.err).runs(scenario, slice);
      ShardFiles.write(scenarioFile, all, scenario, slice, runs, out);
      return 0;
    }
    ExperimentResult result = new ExperimentRunner(parallel, System.err).run(scenario);
    if (out == null) {
      Writer writer = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
      reportFormat.writer().write(result, writer);
      writer.flush();
    } else {
      ResultFiles.write(result, out, reportFormat, !noPlots);
    }
    return 0;
  }

  static ReportFormat parseFormat(String text) {
    for (ReportFormat f : ReportFormat.values()) {
      if (f.name().equalsIgnoreCase(text)) {
        return f;
      }
    }
    throw new InvalidInputException("--format: unknown format '" + text + "' (table, json, csv or markdown)");
  }
}
