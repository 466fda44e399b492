package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.statebench.results.units.ScenarioDuration;

/**
 * A scheduled event of a scenario, at a time after the start: kill instance {@code kill}, add {@code add} instances,
 * replace every instance ({@code rolling-deploy}), or slow instance {@code slow} to {@code speed} for a while
 * ({@code for}). Exactly one kind is set.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScenarioEvent(
    @JsonProperty("at") ScenarioDuration at,
    @JsonProperty("kill") Integer kill,
    @JsonProperty("add") Integer add,
    @JsonProperty("rolling-deploy") JsonNode rollingDeploy,
    @JsonProperty("slow") Integer slow,
    @JsonProperty("speed") Double speed,
    @JsonProperty("for") ScenarioDuration lasting) {

  /** The kind of event. */
  public enum Kind { KILL, ADD, ROLLING_DEPLOY, SLOW, OTHER }

  public Kind kind() {
    if (kill != null) {
      return Kind.KILL;
    }
    if (add != null) {
      return Kind.ADD;
    }
    if (rollingDeploy != null) {
      return Kind.ROLLING_DEPLOY;
    }
    return slow != null ? Kind.SLOW : Kind.OTHER;
  }
}
