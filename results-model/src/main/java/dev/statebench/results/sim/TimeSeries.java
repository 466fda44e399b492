package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Load over time in windows of {@code windowSeconds}: per window, one value per backend (outstanding requests,
 * utilization, requests, live sessions, seconds the backend was live in the window) and fleet totals (logins,
 * failed requests).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimeSeries(
    @JsonProperty("window_s") double windowSeconds,
    @JsonProperty("outstanding") List<List<Double>> outstanding,
    @JsonProperty("utilization") List<List<Double>> utilization,
    @JsonProperty("requests") List<List<Double>> requests,
    @JsonProperty("sessions") List<List<Double>> sessions,
    @JsonProperty("logins") List<Double> logins,
    @JsonProperty("failed") List<Double> failed,
    @JsonProperty("live") List<List<Double>> live) {}
