package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Backend utilisation: the mean over the fleet and the busiest backend (each over its live time), the utilisation the
 * scenario was designed for (offered work ÷ capacity) and the one achieved (work done ÷ capacity). The two differ when
 * the session population has not reached its steady state or requests are lost; the simulator warns past 2%.
 */
public record UtilizationMetrics(
    @JsonProperty("mean") Estimate mean,
    @JsonProperty("max") Estimate max,
    @JsonProperty("designed") Estimate designed,
    @JsonProperty("achieved") Estimate achieved) {}
