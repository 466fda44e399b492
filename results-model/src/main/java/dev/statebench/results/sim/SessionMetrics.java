package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What happened to sessions: those whose state was lost (their next request had to log in again), and those opened
 * in the measured interval (the denominator for the share lost), and in a measured result (engine
 * {@code statebench-fleet}) those live at the first fleet event ({@code live_at_event}; lb-sim gives live sessions
 * per window in its time series instead, and leaves this null).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SessionMetrics(
    @JsonProperty("lost") Estimate lost,
    @JsonProperty("opened") Estimate opened,
    @JsonProperty("live_at_event") Estimate liveAtEvent) {}
