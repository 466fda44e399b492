package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How long the scheduled events took from the first to the last (a rolling deploy's length), in seconds. */
public record EventSpan(@JsonProperty("span_s") Estimate spanSeconds) {}
