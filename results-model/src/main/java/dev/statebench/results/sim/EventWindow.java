package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Latency and request count in the window that follows a scheduled event (report.event-window long). */
public record EventWindow(
    @JsonProperty("latency_ms") LatencySummary latencyMs,
    @JsonProperty("requests") Estimate requests) {}
