package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A per-backend quantity averaged over the fleet, and its value on the busiest backend. */
public record MeanAndMax(@JsonProperty("mean") Estimate mean, @JsonProperty("max") Estimate max) {}
