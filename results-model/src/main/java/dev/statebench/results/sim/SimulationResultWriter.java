package dev.statebench.results.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statebench.results.schema.ResultFormat;
import dev.statebench.results.schema.ResultSchemas;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a {@link SimulationResult} in the current format (2), indented, ending with a newline. The document is
 * validated against its JSON Schema before the first byte is written, so a writer never leaves a file the reader
 * rejects.
 */
public final class SimulationResultWriter {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** Writes {@code result} with its typed scenario view as the echo. */
  public void write(SimulationResult result, Writer out) throws IOException {
    write(result, null, out);
  }

  /**
   * Writes {@code result}; {@code scenarioAsSimulated}, when given, replaces the echo with the simulator's whole
   * scenario tree (the typed {@link ScenarioEcho} names only the keys readers use).
   */
  public void write(SimulationResult result, JsonNode scenarioAsSimulated, Writer out) throws IOException {
    ObjectNode tree = JSON.valueToTree(result);
    tree.put("format_version", SimulationResult.CURRENT_FORMAT);
    if (scenarioAsSimulated != null) {
      tree.set("scenario", scenarioAsSimulated.deepCopy());
    }
    ResultSchemas.requireValid(tree, ResultFormat.SIMULATION_2, "simulation result " + result.scenarioName());
    out.write(JSON.writeValueAsString(tree));
    out.write(System.lineSeparator());
  }
}
