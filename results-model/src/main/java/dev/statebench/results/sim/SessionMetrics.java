package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What happened to sessions: those whose state was lost (their next request had to log in again), and those opened
 * in the measured interval (the denominator for the share lost).
 */
public record SessionMetrics(@JsonProperty("lost") Estimate lost, @JsonProperty("opened") Estimate opened) {}
