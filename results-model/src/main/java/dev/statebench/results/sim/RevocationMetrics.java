package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Time from revoking a session to the first request it is denied, mean and worst, in seconds. */
public record RevocationMetrics(
    @JsonProperty("delay_mean_s") Estimate delayMeanSeconds,
    @JsonProperty("delay_max_s") Estimate delayMaxSeconds) {}
