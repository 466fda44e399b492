package dev.statebench.lbsim.report;

import dev.statebench.lbsim.experiment.ExperimentResult;
import dev.statebench.results.sim.SimulationResultWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The machine-readable result, read by the report generator: the shared results contract's simulator result, format
 * 2 ({@code results-model/src/main/resources/schemas/simulation-result-2.schema.json}), with the scenario echoed in
 * full as simulated (after overrides). The mapping is {@link ContractResult}'s; the writing and the schema check
 * before the first byte are the contract's {@link SimulationResultWriter}'s.
 */
public final class JsonReportWriter implements ReportWriter {
  @Override
  public void write(ExperimentResult result, Writer out) throws IOException {
    new SimulationResultWriter().write(ContractResult.of(result), result.scenario().tree(), out);
  }
}
