package dev.statebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The header tables of a run as written by {@code statebench headers} into {@code tables/headers.json}: looked up by
 * table id, column heading and first cell, so that a table or column that is absent just yields nothing.
 */
final class HeaderTables {
  private final JsonNode tables;

  HeaderTables(JsonNode document) {
    this.tables = document.path("tables");
  }

  /** The cells of the row whose first cell is {@code rowName}, in column {@code column} of table {@code id}. */
  Optional<String> cell(String id, String rowName, String column) {
    return rows(id).stream().filter(row -> row.get(0).equals(rowName)).findFirst()
        .flatMap(row -> columnIndex(id, column).map(row::get));
  }

  /** The cell of the row whose first two cells are {@code first} and {@code second}. */
  Optional<String> cell(String id, String first, String second, String column) {
    return rows(id).stream().filter(row -> row.size() > 1 && row.get(0).equals(first) && row.get(1).equals(second))
        .findFirst().flatMap(row -> columnIndex(id, column).map(row::get));
  }

  /** Every row of a table, each a list of cells; empty when the table is absent. */
  List<List<String>> rows(String id) {
    List<List<String>> rows = new ArrayList<>();
    table(id).ifPresent(table -> table.path("rows").forEach(row -> {
      List<String> cells = new ArrayList<>();
      row.forEach(cell -> cells.add(cell.asText()));
      rows.add(cells);
    }));
    return rows;
  }

  Optional<Integer> columnIndex(String id, String column) {
    return table(id).flatMap(table -> {
      JsonNode columns = table.path("columns");
      for (int i = 0; i < columns.size(); i++) {
        if (columns.get(i).asText().equals(column)) {
          return Optional.of(i);
        }
      }
      return Optional.empty();
    });
  }

  private Optional<JsonNode> table(String id) {
    for (JsonNode table : tables) {
      if (id.equals(table.path("id").asText())) {
        return Optional.of(table);
      }
    }
    return Optional.empty();
  }
}
