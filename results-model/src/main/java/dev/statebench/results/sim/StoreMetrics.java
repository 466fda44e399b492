package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Load on the shared session store: lookups per second (zero when the state model keeps no store). */
public record StoreMetrics(@JsonProperty("lookups_per_s") Estimate lookupsPerSecond) {}
