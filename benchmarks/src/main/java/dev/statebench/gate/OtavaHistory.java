package dev.statebench.gate;

import dev.statebench.AtomicFiles;
import dev.statebench.UserFacingException;
import dev.statebench.compare.BenchmarkKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The default branch's benchmark history in the CSV layout that Apache Otava (formerly Hunter), a change-point
 * detector, reads with {@code type: csv}: a {@code time} column, a {@code commit} attribute column and a metric column
 * (<a href="https://github.com/apache/otava/blob/master/docs/CSV.md">Otava docs/CSV.md</a>). Each gate run on the
 * default branch appends the new build's median per benchmark; Otava then finds gradual drifts that no pairwise gate
 * sees.
 *
 * <p>One file per benchmark ({@code <name>.csv}, one Otava test each) rather than one wide file: Otava converts every
 * cell of a metric column to a number, so a benchmark added later would leave empty cells that stop the whole
 * analysis; separate files let a new benchmark simply start its own series. {@link #writeConfig} writes the matching
 * {@code otava.yaml} over all files of the folder, with {@code direction: -1} (lower is better) for times and
 * {@code 1} for throughputs.
 */
public final class OtavaHistory {
  static final String CONFIG_FILE = "otava.yaml";
  static final String HEADER = "time,commit,score";
  /** The time layout Otava parses, e.g. {@code 2026-11-29 09:30:00 +0000}. */
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private OtavaHistory() {}

  /** The test and file name of a benchmark: its export name with all but letters, digits and {@code _.=-} as {@code _}. */
  public static String name(BenchmarkKey key) {
    return key.exportName().replaceAll("[^A-Za-z0-9_.=-]+", "_").replaceAll("_+$", "");
  }

  /** Appends one run (the new build's median per benchmark) to the history folder and rewrites its otava.yaml. */
  public static void append(Path folder, Instant time, String commit, GateReport report) throws IOException {
    if (!commit.matches("[A-Za-z0-9._/-]+")) {
      throw new UserFacingException("--commit '" + commit + "' must be a commit id or ref (letters, digits, ._/-)");
    }
    Files.createDirectories(folder);
    for (BenchmarkJudgement j : report.judgements()) {
      if (j.samples().pairs() == 0) {
        continue;
      }
      Path csv = folder.resolve(name(j.samples().key()) + ".csv");
      if (Files.exists(csv) && !Files.readAllLines(csv, StandardCharsets.UTF_8).get(0).equals(HEADER)) {
        throw new UserFacingException(csv + " is not a statebench history file (its header is not " + HEADER + ")");
      }
      String row = TIME.format(time) + "," + commit + ","
          + String.format(Locale.ROOT, "%.6g", Median.of(j.samples().candidate())) + "\n";
      if (Files.exists(csv)) {
        Files.writeString(csv, row, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      } else {
        AtomicFiles.writeString(csv, HEADER + "\n" + row);
      }
    }
    writeConfig(folder);
  }

  /** Writes {@code otava.yaml} with one test per {@code .csv} file of the folder. */
  public static void writeConfig(Path folder) throws IOException {
    List<String> names;
    try (Stream<Path> files = Files.list(folder)) {
      names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted()
          .map(n -> n.substring(0, n.length() - ".csv".length())).toList();
    }
    StringBuilder text = new StringBuilder("# Written by statebench gate --history. In this folder: "
        + "otava --config-file otava.yaml analyze $(otava --config-file otava.yaml list-tests)\ntests:\n");
    for (String name : names) {
      text.append("  '").append(name).append("':\n")
          .append("    type: csv\n")
          .append("    file: ").append(name).append(".csv\n")
          .append("    time_column: time\n")
          .append("    attributes: [commit]\n")
          .append("    metrics:\n")
          .append("      score:\n")
          .append("        direction: ").append(name.contains("_thrpt") ? 1 : -1).append('\n');
    }
    AtomicFiles.writeString(folder.resolve(CONFIG_FILE), text.toString());
  }
}
