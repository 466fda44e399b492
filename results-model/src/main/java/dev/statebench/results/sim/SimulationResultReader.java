package dev.statebench.results.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statebench.results.ResultsFormatException;
import dev.statebench.results.schema.ResultFormat;
import dev.statebench.results.schema.ResultSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a simulator result file into {@link SimulationResult}: checks its {@code format_version}, validates it
 * against that version's JSON Schema, and binds it. A format 1 file names each variant by its display label only;
 * the label is looked up among the variants its own scenario's sweep expands to ({@link SweepVariants}), so the
 * record always carries typed settings. Anything that does not fit ends in one {@link ResultsFormatException}.
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
    ObjectNode copy = tree.deepCopy();
    switch (version) {
      case 1 -> {
        ResultSchemas.requireValid(tree, ResultFormat.SIMULATION_1, source);
        typeVariants(copy, source);
        copy.put("format_version", 1);
      }
      case 2 -> ResultSchemas.requireValid(tree, ResultFormat.SIMULATION_2, source);
      default -> throw new ResultsFormatException(source + ": format_version " + version + " is not one this "
          + "version reads (1 or 2); use a newer statebench");
    }
    try {
      return JSON.treeToValue(copy, SimulationResult.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new ResultsFormatException(source + ": " + e.getMessage().lines().findFirst().orElse(""), e);
    }
  }

  private static void typeVariants(ObjectNode copy, String source) {
    ScenarioEcho scenario;
    try {
      scenario = JSON.treeToValue(copy.path("scenario"), ScenarioEcho.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new ResultsFormatException(source + ": scenario: " + e.getMessage().lines().findFirst().orElse(""), e);
    }
    Map<String, SimVariant> byLabel = new LinkedHashMap<>();
    SweepVariants.expand(scenario.sweep()).forEach(v -> byLabel.put(v.label(), v));
    for (JsonNode policy : copy.path("policies")) {
      String label = policy.path("variant").asText("");
      SimVariant variant = byLabel.get(label);
      if (variant == null) {
        throw new ResultsFormatException(source + ": variant '" + label + "' of policy "
            + policy.path("policy").asText() + " is not one the scenario's sweep produces");
      }
      ((ObjectNode) policy).set("variant", JSON.valueToTree(variant));
    }
  }
}
