package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Revocation, in seconds: the delay from revoking a session to the first request it is denied (includes the user's
 * think time), and the exposure, the time a revoked token is still accepted (each session's final unchecked
 * interval included), mean and worst.
 */
public record RevocationMetrics(
    @JsonProperty("delay_mean_s") Estimate delayMeanSeconds,
    @JsonProperty("delay_max_s") Estimate delayMaxSeconds,
    @JsonProperty("exposure_mean_s") Estimate exposureMeanSeconds,
    @JsonProperty("exposure_max_s") Estimate exposureMaxSeconds) {}
