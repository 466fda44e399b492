package dev.statebench.results.env;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.results.ResultsFormatException;
import dev.statebench.results.schema.ResultFormat;
import dev.statebench.results.schema.ResultSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads {@code env.json}: validates it against {@code run-manifest-1.schema.json}, then binds it. */
public final class RunManifestReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  public RunManifest read(Path file) {
    JsonNode tree;
    try {
      tree = JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new ResultsFormatException(file + ": not readable as JSON (" + e.getMessage().lines().findFirst()
          .orElse("") + ")", e);
    }
    int version = tree.path("format_version").asInt(1);
    if (version != RunManifest.CURRENT_FORMAT) {
      throw new ResultsFormatException(file + ": format_version " + version + " is not one this version reads (1)");
    }
    ResultSchemas.requireValid(tree, ResultFormat.RUN_MANIFEST_1, file.toString());
    try {
      return JSON.treeToValue(tree, RunManifest.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new ResultsFormatException(file + ": " + e.getMessage().lines().findFirst().orElse(""), e);
    }
  }
}
