package dev.statebench.lbsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.lbsim.InvalidInputException;
import dev.statebench.results.ResultsFormatException;
import dev.statebench.results.sim.SimInputsFiles;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An inputs file for {@code lb-sim run --inputs}: a run's measured costs ({@code sim-inputs.json}, the results
 * contract's {@link dev.statebench.results.sim.SimInputs}), which become the scenario's {@code costs}.
 */
final class InputsFile {
  private static final ObjectMapper JSON = new ObjectMapper();

  private InputsFile() {}

  /** The {@code costs} mapping of {@code file}. */
  static JsonNode costs(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException("--inputs " + file + ": no such file");
    }
    try {
      return JSON.valueToTree(SimInputsFiles.read(file).costs());
    } catch (ResultsFormatException e) {
      throw new InvalidInputException("--inputs " + e.getMessage(), e);
    }
  }
}
