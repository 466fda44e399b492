package dev.statebench.results.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.results.ResultsFormatException;
import dev.statebench.results.schema.ResultFormat;
import dev.statebench.results.schema.ResultSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a load sweep's {@code summary.json}: checks its {@code format_version} (2, the only format the load generator
 * has published), validates it against {@code load-summary-2.schema.json}, then binds it to {@link LoadSummary}.
 */
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
    JsonNode version = tree.path("format_version");
    if (tree.isObject() && !version.isMissingNode() && version.asInt(-1) != LoadSummary.CURRENT_FORMAT) {
      throw new ResultsFormatException(file + ": load summary format_version " + version + " is not supported"
          + " (this build reads " + LoadSummary.CURRENT_FORMAT + ")");
    }
    if (tree.isObject() && version.isMissingNode()) {
      throw new ResultsFormatException(file + ": load summary has no format_version (written before format "
          + LoadSummary.CURRENT_FORMAT + "); rerun statebench load to rewrite it");
    }
    ResultSchemas.requireValid(tree, ResultFormat.LOAD_SUMMARY_2, file.toString());
    try {
      return JSON.treeToValue(tree, LoadSummary.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new ResultsFormatException(file + ": " + e.getMessage().lines().findFirst().orElse(""), e);
    }
  }
}
