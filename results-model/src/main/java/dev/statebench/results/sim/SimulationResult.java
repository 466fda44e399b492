package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * One simulator result file ({@code sim/NAME.json}): the scenario (echoed after overrides), its seed and replication
 * count, and one {@link PolicyResult} per policy and variant. Read with {@link SimulationResultReader}; written in
 * format 2 by serialising this record with Jackson.
 *
 * @param formatVersion the file's {@code format_version} (1 for files that predate the field)
 */
public record SimulationResult(
    @JsonProperty("format_version") int formatVersion,
    @JsonProperty("engine") Engine engine,
    @JsonProperty("scenario_name") String scenarioName,
    @JsonProperty("seed") long seed,
    @JsonProperty("replications") int replications,
    @JsonProperty("scenario") ScenarioEcho scenario,
    @JsonProperty("policies") List<PolicyResult> policies) {
  /** The version this module writes. */
  public static final int CURRENT_FORMAT = 2;

  public SimulationResult {
    policies = List.copyOf(policies);
  }

  /** The first result whose variant sets {@code key} to the value labelled {@code label}. */
  public Optional<PolicyResult> withSetting(String key, String label) {
    return policies.stream().filter(p -> p.variant().labelOf(key).filter(label::equals).isPresent()).findFirst();
  }
}
