package dev.statebench.results.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How late the generator sent requests against its own schedule, in microseconds: p99 and max of the lag, and the
 * bound above which the rate's verdict is {@code schedule-not-kept}.
 */
public record DispatchLag(
    @JsonProperty("p99") double p99,
    @JsonProperty("max") double max,
    @JsonProperty("bound") double bound) {}
