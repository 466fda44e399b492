package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Per-backend values averaged over replications, one entry per backend in fleet order; utilisation and outstanding
 * requests are averaged over each backend's own live time ({@code live_s}, seconds of the measured interval).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PerBackend(
    @JsonProperty("requests") List<Double> requests,
    @JsonProperty("utilization") List<Double> utilization,
    @JsonProperty("outstanding") List<Double> outstanding,
    @JsonProperty("live_s") List<Double> liveSeconds) {}
