package dev.statebench.results.load;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One interval of a rate's run: when it ended (seconds into the measured run), the requests sent but not answered
 * at that moment, and the interval's response-time p50 and p99 in microseconds.
 */
public record TraceSample(
    @JsonProperty("t_s") double endSeconds,
    @JsonProperty("backlog") long backlog,
    @JsonProperty("p50_us") double p50Micros,
    @JsonProperty("p99_us") double p99Micros) {}
