package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * One simulator result file ({@code sim/NAME.json}): the scenario (echoed after overrides), its seed and replication
 * count, the simulator's one-line warnings about the run (e.g. achieved utilisation departing from the designed one),
 * and one {@link PolicyResult} per policy and variant. Read with {@link SimulationResultReader}; written with
 * {@link SimulationResultWriter}.
 *
 * @param formatVersion the file's {@code format_version}
 */
public record SimulationResult(
    @JsonProperty("format_version") int formatVersion,
    @JsonProperty("engine") Engine engine,
    @JsonProperty("scenario_name") String scenarioName,
    @JsonProperty("seed") long seed,
    @JsonProperty("replications") int replications,
    @JsonProperty("scenario") ScenarioEcho scenario,
    @JsonProperty("warnings") List<String> warnings,
    @JsonProperty("policies") List<PolicyResult> policies) {
  /** The version this module writes and reads. */
  public static final int CURRENT_FORMAT = 2;

  public SimulationResult {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    policies = List.copyOf(policies);
  }

  /** The first result whose variant sets {@code key} to the value labelled {@code label}. */
  public Optional<PolicyResult> withSetting(String key, String label) {
    return policies.stream().filter(p -> p.variant().labelOf(key).filter(label::equals).isPresent()).findFirst();
  }
}
