package dev.statebench.gate;

import dev.statebench.AtomicFiles;
import dev.statebench.UserFacingException;
import dev.statebench.compare.BenchmarkKey;
import dev.statebench.compare.ScoreDirection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The default branch's benchmark history in the CSV layout that Apache Otava (formerly Hunter), a change-point
 * detector, reads with {@code type: csv}: one row per run, a {@code time} column, a {@code commit} attribute column and
 * one column per metric (<a href="https://github.com/apache/otava/blob/master/docs/CSV.md">Otava docs/CSV.md</a>).
 * Each gate run on the default branch appends the new build's median per benchmark; Otava then finds gradual drifts
 * that no pairwise gate sees.
 *
 * <p>A benchmark that appears later gets a new column (earlier rows leave it empty); the file is rewritten through a
 * temporary file, so an interrupted append leaves the old history intact. Beside it, {@link #writeConfig} writes the
 * matching {@code otava.yaml}, with {@code direction: -1} for times (lower is better) and {@code 1} for throughputs.
 */
public final class OtavaHistory {
  /** Otava's default time column and the layout it parses, e.g. {@code 2026-11-29 09:30:00 +0000}. */
  static final String TIME_COLUMN = "time";
  static final String COMMIT_COLUMN = "commit";
  static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT)
      .withZone(ZoneOffset.UTC);

  private OtavaHistory() {}

  /** The column name of a benchmark: its export name with everything but letters, digits, {@code _.=-} as {@code _}. */
  public static String column(BenchmarkKey key) {
    return key.exportName().replaceAll("[^A-Za-z0-9_.=-]+", "_").replaceAll("_+$", "");
  }

  /** Appends one run (the new build's medians) to {@code csv}, creating it if needed. */
  public static void append(Path csv, Instant time, String commit, GateReport report) throws IOException {
    if (!commit.matches("[A-Za-z0-9._/-]+")) {
      throw new UserFacingException("--commit '" + commit + "' must be a commit id or ref (letters, digits, ._/-)");
    }
    Map<String, String> row = new LinkedHashMap<>();
    row.put(TIME_COLUMN, TIME.format(time));
    row.put(COMMIT_COLUMN, commit);
    for (BenchmarkJudgement j : report.judgements()) {
      if (j.samples().pairs() > 0) {
        row.put(column(j.samples().key()), String.format(Locale.ROOT, "%.6g", Median.of(j.samples().candidate())));
      }
    }
    List<String> header = new ArrayList<>(List.of(TIME_COLUMN, COMMIT_COLUMN));
    List<Map<String, String>> rows = new ArrayList<>();
    if (Files.exists(csv)) {
      List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
      if (!lines.isEmpty()) {
        header = new ArrayList<>(List.of(lines.get(0).split(",", -1)));
        if (!header.get(0).equals(TIME_COLUMN)) {
          throw new UserFacingException(csv + " is not a statebench history file (its first column is not 'time')");
        }
        for (String line : lines.subList(1, lines.size())) {
          String[] cells = line.split(",", -1);
          Map<String, String> old = new LinkedHashMap<>();
          for (int i = 0; i < header.size() && i < cells.length; i++) {
            old.put(header.get(i), cells[i]);
          }
          rows.add(old);
        }
      }
    }
    Set<String> columns = new LinkedHashSet<>(header);
    columns.addAll(row.keySet());
    rows.add(row);
    StringBuilder text = new StringBuilder(String.join(",", columns)).append('\n');
    for (Map<String, String> r : rows) {
      text.append(String.join(",", columns.stream().map(c -> r.getOrDefault(c, "")).toList())).append('\n');
    }
    AtomicFiles.writeString(csv, text.toString());
  }

  /** Writes an {@code otava.yaml} with one test, {@code statebench}, over every metric column of {@code csv}. */
  public static void writeConfig(Path yaml, Path csv, GateReport report) throws IOException {
    Map<String, Integer> directions = new LinkedHashMap<>();
    for (String column : Files.readAllLines(csv, StandardCharsets.UTF_8).get(0).split(",", -1)) {
      if (!column.equals(TIME_COLUMN) && !column.equals(COMMIT_COLUMN)) {
        directions.put(column, -1);
      }
    }
    for (BenchmarkJudgement j : report.judgements()) {
      String column = column(j.samples().key());
      if (directions.containsKey(column) && j.samples().direction() == ScoreDirection.HIGHER_IS_BETTER) {
        directions.put(column, 1);
      }
    }
    StringBuilder text = new StringBuilder("# Written by 'statebench gate --history'; run: otava analyze statebench\n");
    text.append("tests:\n  statebench:\n    type: csv\n    file: ").append(csv.getFileName()).append('\n');
    text.append("    time_column: ").append(TIME_COLUMN).append('\n');
    text.append("    attributes: [").append(COMMIT_COLUMN).append("]\n");
    text.append("    csv_options:\n      delimiter: ','\n      quote_char: '\"'\n");
    text.append("    metrics:\n");
    directions.forEach((column, direction) -> text.append("      '").append(column).append("':\n        direction: ")
        .append(direction).append('\n'));
    AtomicFiles.writeString(yaml, text.toString());
  }
}
