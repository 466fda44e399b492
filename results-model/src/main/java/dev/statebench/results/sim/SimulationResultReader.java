package dev.statebench.results.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.results.ResultsFormatException;
import dev.statebench.results.schema.ResultFormat;
import dev.statebench.results.schema.ResultSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a simulator result file into {@link SimulationResult}: checks its {@code format_version}, validates it
 * against that version's JSON Schema, and binds it. Anything that does not fit ends in one
 * {@link ResultsFormatException}. Files of format 1 (lb-sim before engine 2.0, variants as display strings) are
 * refused with a line saying to re-run the simulator: every committed result was regenerated in format 2.
 */
public final class SimulationResultReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  public SimulationResult read(Path file) {
    JsonNode tree;
    try {
      tree = JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new ResultsFormatException(file + ": not readable as JSON (" + e.getMessage().lines().findFirst()
          .orElse("") + ")", e);
    }
    return read(tree, file.toString());
  }

  public SimulationResult read(JsonNode tree, String source) {
    if (tree == null || !tree.isObject()) {
      throw new ResultsFormatException(source + ": a simulator result must be a JSON object");
    }
    int version = tree.path("format_version").asInt(1);
    if (version != SimulationResult.CURRENT_FORMAT) {
      throw new ResultsFormatException(source + ": format_version " + version + " is not one this version reads ("
          + SimulationResult.CURRENT_FORMAT + ")" + (version < SimulationResult.CURRENT_FORMAT
          ? "; re-run lb-sim to regenerate it" : "; use a newer statebench"));
    }
    ResultSchemas.requireValid(tree, ResultFormat.SIMULATION_2, source);
    try {
      return JSON.treeToValue(tree, SimulationResult.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new ResultsFormatException(source + ": " + e.getMessage().lines().findFirst().orElse(""), e);
    }
  }
}
