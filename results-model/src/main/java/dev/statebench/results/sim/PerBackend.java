package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** Per-backend values averaged over replications, one entry per backend in fleet order. */
public record PerBackend(
    @JsonProperty("requests") List<Double> requests,
    @JsonProperty("utilization") List<Double> utilization,
    @JsonProperty("outstanding") List<Double> outstanding) {}
