package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * After instances are added: seconds until the old instances carry less than 1.1 × the fleet's mean load, and the
 * old instances' peak load relative to the mean.
 */
public record ScaleOutMetrics(
    @JsonProperty("convergence_s") Estimate convergenceSeconds,
    @JsonProperty("old_overload_peak") Estimate oldOverloadPeak) {}
