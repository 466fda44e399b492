package dev.statebench.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.statebench.AtomicFiles;
import dev.statebench.UserFacingException;
import dev.statebench.compare.AllocationRule;
import dev.statebench.compare.BencherExporter;
import dev.statebench.compare.ComparisonReport;
import dev.statebench.compare.ComparisonReportWriter;
import dev.statebench.compare.GateSettings;
import dev.statebench.compare.GithubActionBenchmarkExporter;
import dev.statebench.compare.JmhResultReader;
import dev.statebench.compare.JsonReportWriter;
import dev.statebench.compare.MarkdownReportWriter;
import dev.statebench.compare.ResultExporter;
import dev.statebench.compare.ResultSet;
import dev.statebench.compare.RunComparator;
import dev.statebench.compare.ScoreVerdictRule;
import dev.statebench.compare.Thresholds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code statebench compare BASE NEW}: the regression gate. Exit 0 = no regression, 1 = regression, 2 = unusable
 * input. The rules are in {@link ScoreVerdictRule} and {@link AllocationRule}.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Compare two runs (result folders or jmh.json files) and fail on a real regression, not on noise.",
        "A regression is a change beyond the threshold that is also statistically clear: disjoint 99.9%% CIs and, "
            + "with enough forks, a Mann-Whitney U test on per-fork means. Allocation (B/op) is compared with a "
            + "tight tolerance, simulator tables (sim/*.json) exactly.",
        "Exit status: 0 no regression, 1 regression, 2 unusable input."})
final class CompareCommand implements Callable<Integer> {

  /** Output formats of the report on standard output. */
  enum Format { markdown, json }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BASE", description = "Baseline result folder or jmh.json.")
  Path baseline;

  @Parameters(index = "1", paramLabel = "NEW", description = "New result folder or jmh.json.")
  Path candidate;

  @Option(names = "--threshold", paramLabel = "PCT", defaultValue = "10%",
      description = "Smallest change that matters (default: ${DEFAULT-VALUE}).")
  String threshold;

  @Option(names = "--threshold-for", paramLabel = "PATTERN=PCT",
      description = "Threshold for benchmarks whose name, params or mode match the regex (first match wins), "
          + "e.g. 'Postgres.*=20%%'. Repeatable.")
  List<String> thresholdFor = new ArrayList<>();

  @Option(names = "--alpha", paramLabel = "LEVEL", defaultValue = "0.01",
      description = "Level of the Mann-Whitney U test (default: ${DEFAULT-VALUE}).")
  double alpha;

  @Option(names = "--alloc-threshold", paramLabel = "PCT", defaultValue = "2%",
      description = "Relative allocation change that matters (default: ${DEFAULT-VALUE}).")
  String allocationThreshold;

  @Option(names = "--alloc-min-bytes", paramLabel = "BYTES", defaultValue = "16",
      description = "Absolute allocation change that matters, bytes per op (default: ${DEFAULT-VALUE}).")
  double allocationMinBytes;

  @Option(names = "--allow-sim-changes",
      description = "Report changed simulator numbers without failing (for deliberate simulator changes).")
  boolean allowSimulatorChanges;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
      description = "Report on standard output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--export-github-action", paramLabel = "FILE",
      description = "Also write NEW's results for github-action-benchmark (tool: customSmallerIsBetter).")
  Path githubActionExport;

  @Option(names = "--export-bencher", paramLabel = "FILE",
      description = "Also write NEW's results as Bencher Metric Format JSON (bencher run --adapter json).")
  Path bencherExport;

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
      throw new UserFacingException("compare failed: " + e, e);
    }
  }

  private int gate() {
    if (!(alpha > 0 && alpha < 1)) {
      throw new UserFacingException("--alpha must be between 0 and 1, got " + alpha);
    }
    if (allocationMinBytes < 0) {
      throw new UserFacingException("--alloc-min-bytes must not be negative, got " + allocationMinBytes);
    }
    GateSettings settings = new GateSettings(
        Thresholds.parse(Thresholds.parsePercent(threshold), thresholdFor),
        new ScoreVerdictRule(alpha),
        new AllocationRule(Thresholds.parsePercent(allocationThreshold), allocationMinBytes),
        !allowSimulatorChanges);
    JmhResultReader reader = new JmhResultReader();
    ResultSet base = reader.read(baseline);
    ResultSet now = reader.read(candidate);
    ComparisonReport report = new RunComparator(settings).compare(base, now);
    ComparisonReportWriter writer = format == Format.json ? new JsonReportWriter() : new MarkdownReportWriter();
    String text = writer.write(report);
    if (githubActionExport != null) {
      export(new GithubActionBenchmarkExporter(), now, githubActionExport);
    }
    if (bencherExport != null) {
      export(new BencherExporter(), now, bencherExport);
    }
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return report.exitStatus();
  }

  private static void export(ResultExporter exporter, ResultSet run, Path file) {
    try {
      String text = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(exporter.export(run));
      AtomicFiles.writeString(file, text + System.lineSeparator());
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    } catch (IOException e) {
      throw new UserFacingException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
