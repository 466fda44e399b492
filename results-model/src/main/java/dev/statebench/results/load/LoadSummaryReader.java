package dev.statebench.results.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.results.ResultsFormatException;
import dev.statebench.results.schema.ResultFormat;
import dev.statebench.results.schema.ResultSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a load sweep's {@code summary.json}: validates it against {@code load-summary-1.schema.json}, then binds it. */
public final class LoadSummaryReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  public LoadSummary read(Path file) {
    JsonNode tree;
    try {
      tree = JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new ResultsFormatException(file + ": not readable as JSON (" + e.getMessage().lines().findFirst()
          .orElse("") + ")", e);
    }
    ResultSchemas.requireValid(tree, ResultFormat.LOAD_SUMMARY_1, file.toString());
    try {
      return JSON.treeToValue(tree, LoadSummary.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new ResultsFormatException(file + ": " + e.getMessage().lines().findFirst().orElse(""), e);
    }
  }
}
