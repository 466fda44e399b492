package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A latency distribution's summary over replications, in milliseconds: mean, percentiles and maximum. */
public record LatencySummary(
    @JsonProperty("mean") Estimate mean,
    @JsonProperty("p50") Estimate p50,
    @JsonProperty("p90") Estimate p90,
    @JsonProperty("p99") Estimate p99,
    @JsonProperty("p999") Estimate p999,
    @JsonProperty("max") Estimate max) {}
