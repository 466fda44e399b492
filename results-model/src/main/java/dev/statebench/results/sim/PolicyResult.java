package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One routing policy in one variant of a scenario, aggregated over replications.
 *
 * @param policy the policy as configured, e.g. {@code p2c(d=2)} or {@code sticky(inner=round-robin)}
 * @param variant the swept settings ({@link SimVariant#NONE} without a sweep)
 * @param metrics every metric with its interval
 * @param perBackend per-backend values
 * @param timeSeries load over time, present when the scenario asks for a window
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicyResult(
    @JsonProperty("policy") String policy,
    @JsonProperty("variant") SimVariant variant,
    @JsonProperty("metrics") SimMetrics metrics,
    @JsonProperty("per_backend") PerBackend perBackend,
    @JsonProperty("time_series") TimeSeries timeSeries) {

  public PolicyResult {
    variant = variant == null ? SimVariant.NONE : variant;
  }

  /** How tables name this result: the policy, and the variant when there is one. */
  public String displayName() {
    return variant.label().isEmpty() ? policy : policy + " · " + variant.label();
  }
}
