package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What happened to sessions: those whose state was lost (their next request had to log in again). */
public record SessionMetrics(@JsonProperty("lost") Estimate lost) {}
