package dev.statebench.lbsim.cli;

import dev.statebench.lbsim.InvalidInputException;
import dev.statebench.lbsim.experiment.ExperimentResult;
import dev.statebench.lbsim.report.ReportFormat;
import dev.statebench.lbsim.report.plot.PlotWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes a scenario's results into an output directory: {@code NAME.json} (machine-readable, read by the report
 * generator), {@code NAME.csv} and {@code NAME.md} (tables with confidence intervals), the requested format if it is
 * another one, and the SVG plots ({@link PlotWriter}). Every file is written to a temporary file next to it and
 * moved into place, so a result is never half-written.
 */
final class ResultFiles {
  private ResultFiles() {}

  static void write(ExperimentResult result, Path directory, ReportFormat requested, boolean plots) throws IOException {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new InvalidInputException("--out: cannot create directory " + directory + ": " + e.getMessage(), e);
    }
    Set<ReportFormat> formats = new LinkedHashSet<>();
    formats.add(ReportFormat.JSON);
    formats.add(ReportFormat.CSV);
    formats.add(ReportFormat.MARKDOWN);
    formats.add(requested);
    String name = result.scenario().name();
    // render first, so a failure leaves no partial set of files
    Map<String, String> svg = plots ? PlotWriter.render(result) : Map.of();
    for (ReportFormat format : formats) {
      Path target = directory.resolve(name + "." + format.extension());
      writeAtomically(target, writer -> format.writer().write(result, writer));
    }
    for (Map.Entry<String, String> plot : svg.entrySet()) {
      writeAtomically(directory.resolve(plot.getKey()), writer -> writer.write(plot.getValue()));
    }
    System.err.println("lb-sim: wrote " + directory.resolve(name + ".json") + " and its tables"
        + (plots ? " and plots" : ""));
  }

  /** Writes one file's content. */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer writer) throws IOException;
  }

  static void writeAtomically(Path target, Content content) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Path temp = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
    try {
      try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        content.writeTo(writer);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
