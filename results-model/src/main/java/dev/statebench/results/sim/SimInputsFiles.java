package dev.statebench.results.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statebench.results.ResultsFormatException;
import dev.statebench.results.schema.ResultFormat;
import dev.statebench.results.schema.ResultSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and renders {@link SimInputs}, checked against {@code sim-inputs-1.schema.json} both ways. */
public final class SimInputsFiles {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SimInputsFiles() {}

  /** The document as JSON text (indented, ending with a newline), validated before it is returned. */
  public static String render(SimInputs inputs) throws IOException {
    ObjectNode tree = JSON.valueToTree(inputs);
    tree.put("format_version", SimInputs.CURRENT_FORMAT);
    ResultSchemas.requireValid(tree, ResultFormat.SIM_INPUTS_1, "simulator inputs");
    return JSON.writeValueAsString(tree) + System.lineSeparator();
  }

  /** Reads {@code file}; anything that does not fit ends in one {@link ResultsFormatException}. */
  public static SimInputs read(Path file) {
    JsonNode tree;
    try {
      tree = JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new ResultsFormatException(file + ": not readable as JSON (" + String.valueOf(e.getMessage()).lines()
          .findFirst().orElse("") + ")", e);
    }
    ResultSchemas.requireValid(tree, ResultFormat.SIM_INPUTS_1, file.toString());
    try {
      return JSON.treeToValue(tree, SimInputs.class);
    } catch (IOException | IllegalArgumentException e) {
      throw new ResultsFormatException(file + ": " + e.getMessage().lines().findFirst().orElse(""), e);
    }
  }
}
