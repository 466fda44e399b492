package dev.statebench.report;

import java.util.ArrayList;
import java.util.List;

/** A GitHub-flavoured markdown table built row by row; cells are escaped so a {@code |} cannot break the layout. */
final class MarkdownTable {
  private final List<String> columns;
  private final List<List<String>> rows = new ArrayList<>();

  MarkdownTable(String... columns) {
    this.columns = List.of(columns);
  }

  MarkdownTable row(String... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException("row has " + cells.length + " cells, expected " + columns.size());
    }
    rows.add(List.of(cells));
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  String render() {
    StringBuilder md = new StringBuilder("| ").append(String.join(" | ", columns)).append(" |\n|");
    md.append("---|".repeat(columns.size())).append('\n');
    for (List<String> row : rows) {
      md.append("| ").append(String.join(" | ", row.stream().map(MarkdownTable::escape).toList())).append(" |\n");
    }
    return md.toString();
  }

  private static String escape(String cell) {
    return cell.replace("|", "\\|").replace("\n", " ");
  }
}
