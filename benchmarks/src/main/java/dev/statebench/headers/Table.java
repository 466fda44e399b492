package dev.statebench.headers;

import java.util.List;

/**
 * One result table: what it shows, which encoder produced it with which settings, and its cells. Rendered as
 * GitHub-flavoured markdown and as CSV; serialized as-is into JSON.
 *
 * @param id file-name stem, e.g. {@code headers-sizes}
 * @param title one-line title
 * @param producedBy the encoder/parser and settings that produced the numbers, or how they were derived
 * @param notes further caption lines (definitions, units)
 * @param columns column headings
 * @param rows cells, one list per row, each as long as {@code columns}
 */
public record Table(String id, String title, String producedBy, List<String> notes, List<String> columns,
    List<List<String>> rows) {
  public Table {
    notes = List.copyOf(notes);
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<String> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(id + ": row " + row + " has " + row.size() + " cells, expected "
            + columns.size());
      }
    }
  }

  /** Title, producer and notes as a caption, then the table. */
  public String toMarkdown() {
    StringBuilder md = new StringBuilder("### ").append(title).append("\n\n")
        .append("Produced by: ").append(producedBy).append("\n\n");
    for (String note : notes) {
      md.append("- ").append(note).append('\n');
    }
    if (!notes.isEmpty()) {
      md.append('\n');
    }
    md.append("| ").append(String.join(" | ", columns)).append(" |\n|");
    md.append("---|".repeat(columns.size())).append('\n');
    for (List<String> row : rows) {
      md.append("| ").append(String.join(" | ", row.stream().map(Table::escapeMarkdown).toList())).append(" |\n");
    }
    return md.toString();
  }

  /** RFC 4180 CSV with a heading row. */
  public String toCsv() {
    StringBuilder csv = new StringBuilder(csvLine(columns));
    for (List<String> row : rows) {
      csv.append(csvLine(row));
    }
    return csv.toString();
  }

  private static String csvLine(List<String> cells) {
    return String.join(",", cells.stream().map(Table::quoteCsv).toList()) + "\n";
  }

  private static String quoteCsv(String cell) {
    if (cell.contains(",") || cell.contains("\"") || cell.contains("\n")) {
      return "\"" + cell.replace("\"", "\"\"") + "\"";
    }
    return cell;
  }

  private static String escapeMarkdown(String cell) {
    return cell.replace("|", "\\|");
  }
}
