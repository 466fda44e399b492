package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Every metric the simulator reports for one policy in one variant. The scenario decides which optional groups are
 * present: {@code eventWindow} and {@code events} with scheduled events, {@code revocation} when sessions are
 * revoked, {@code scaleout} when instances are added; absent groups are null. A measured result (the fleet lab, engine
 * {@code statebench-fleet}) cannot observe queueing, utilisation, outstanding requests, store load, redispatches or
 * store failures: there those are null, as are {@code skew.outstanding} and the matching per-backend and time-series
 * arrays; lb-sim always writes them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SimMetrics(
    @JsonProperty("requests") RequestCounts requests,
    @JsonProperty("throughput_per_s") Estimate throughputPerSecond,
    @JsonProperty("latency_ms") LatencySummary latencyMs,
    @JsonProperty("queueing_ms") LatencySummary queueingMs,
    @JsonProperty("utilization") UtilizationMetrics utilization,
    @JsonProperty("outstanding") MeanAndMax outstanding,
    @JsonProperty("skew") Skew skew,
    @JsonProperty("sessions") SessionMetrics sessions,
    @JsonProperty("store") StoreMetrics store,
    @JsonProperty("event_window") EventWindow eventWindow,
    @JsonProperty("events") EventSpan events,
    @JsonProperty("revocation") RevocationMetrics revocation,
    @JsonProperty("scaleout") ScaleOutMetrics scaleout) {}
