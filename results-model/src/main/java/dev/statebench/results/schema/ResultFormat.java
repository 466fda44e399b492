package dev.statebench.results.schema;

/**
 * Every file format of the results contract and the JSON Schema that defines it (under {@code /schemas/} on the class
 * path and in {@code results-model/src/main/resources/schemas/}). A format's version is the {@code format_version}
 * field of its files; files written before the field existed are version 1.
 */
public enum ResultFormat {
  /** {@code sim/*.json} with typed variants and each interval's level stated. */
  SIMULATION_2("simulation-result-2.schema.json"),
  /** {@code env.json}: the run manifest. */
  RUN_MANIFEST_1("run-manifest-1.schema.json"),
  /**
   * {@code load/<target>/summary.json} of an open-loop load sweep as {@code statebench load} writes it: its settings
   * and one object per measured rate.
   */
  LOAD_SUMMARY_2("load-summary-2.schema.json"),
  /** {@code sim-inputs.json}: the simulator's cost inputs derived from a run's own measurements. */
  SIM_INPUTS_1("sim-inputs-1.schema.json");

  private final String schemaFile;

  ResultFormat(String schemaFile) {
    this.schemaFile = schemaFile;
  }

  /** The schema's file name under {@code /schemas/}. */
  public String schemaFile() {
    return schemaFile;
  }
}
