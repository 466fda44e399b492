package dev.statebench.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.statebench.AtomicFiles;
import dev.statebench.UserFacingException;
import dev.statebench.compare.BencherExporter;
import dev.statebench.compare.GithubActionBenchmarkExporter;
import dev.statebench.compare.ResultExporter;
import dev.statebench.compare.ResultSet;
import dev.statebench.gate.GateJsonWriter;
import dev.statebench.gate.GateMarkdownWriter;
import dev.statebench.gate.GateReport;
import dev.statebench.gate.NewBuildResults;
import dev.statebench.gate.OtavaHistory;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import picocli.CommandLine.Option;

/**
 * Where a gate report goes: {@code gate.md} and {@code gate.json} in the output folder, one of them on standard
 * output, the new build's results for github-action-benchmark and Bencher, and a row of Apache Otava history.
 */
final class GateReportOptions {
  /** Output formats of the report on standard output. */
  enum Format { markdown, json }

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown",
      description = "Report on standard output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--export-github-action", paramLabel = "FILE",
      description = "Also write the new build's medians for github-action-benchmark (customSmallerIsBetter).")
  Path githubActionExport;

  @Option(names = "--export-bencher", paramLabel = "FILE",
      description = "Also write the new build's medians as Bencher Metric Format JSON.")
  Path bencherExport;

  @Option(names = "--history", paramLabel = "DIR",
      description = "Append the new build's medians to the Apache Otava CSV history in DIR (one file per benchmark, "
          + "plus otava.yaml); for runs of the default branch.")
  Path history;

  @Option(names = "--commit", paramLabel = "SHA", defaultValue = "unknown",
      description = "The commit recorded in the history row (default: ${DEFAULT-VALUE}).")
  String commit;

  void emit(GateReport report, Path out, PrintWriter stdout) {
    String markdown = new GateMarkdownWriter().write(report);
    String json = new GateJsonWriter().write(report);
    try {
      AtomicFiles.writeString(out.resolve("gate.md"), markdown);
      AtomicFiles.writeString(out.resolve("gate.json"), json);
      ResultSet candidate = NewBuildResults.of(report, out);
      if (githubActionExport != null) {
        export(new GithubActionBenchmarkExporter(), candidate, githubActionExport);
      }
      if (bencherExport != null) {
        export(new BencherExporter(), candidate, bencherExport);
      }
      if (history != null) {
        OtavaHistory.append(history, Instant.now(), commit, report);
      }
    } catch (IOException e) {
      throw new UserFacingException("cannot write the gate's output: " + e.getMessage(), e);
    }
    stdout.print(format == Format.json ? json : markdown);
    stdout.flush();
  }

  private static void export(ResultExporter exporter, ResultSet run, Path file) throws IOException {
    String text = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(exporter.export(run));
    AtomicFiles.writeString(file, text + System.lineSeparator());
  }
}
