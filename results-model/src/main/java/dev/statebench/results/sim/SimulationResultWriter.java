package dev.statebench.results.sim;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;

/** Writes a {@link SimulationResult} in the current format (2), indented, ending with a newline. */
public final class SimulationResultWriter {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  public void write(SimulationResult result, Writer out) throws IOException {
    SimulationResult current = result.formatVersion() == SimulationResult.CURRENT_FORMAT ? result
        : new SimulationResult(SimulationResult.CURRENT_FORMAT, result.engine(), result.scenarioName(), result.seed(),
            result.replications(), result.scenario(), result.policies());
    JSON.writeValue(out, current);
    out.write(System.lineSeparator());
  }
}
