package dev.statebench.results.load;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One offered rate of an open-loop sweep. Latencies are corrected for coordinated omission (measured from each
 * request's scheduled send time), in microseconds; they are null when the verdict is {@code schedule-not-kept}.
 *
 * @param offeredPerSecond the rate the schedule asked for
 * @param achievedPerSecond completed requests per second
 * @param requests requests completed in the measured interval (the n of every percentile)
 * @param timeouts requests that timed out
 * @param errors requests that failed otherwise
 * @param cpuMicrosPerRequest CPU per completed request, null when not measured
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RateResult(
    @JsonProperty("offered_per_s") double offeredPerSecond,
    @JsonProperty("achieved_per_s") double achievedPerSecond,
    @JsonProperty("requests") long requests,
    @JsonProperty("p50_us") Double p50Micros,
    @JsonProperty("p99_us") Double p99Micros,
    @JsonProperty("p999_us") Double p999Micros,
    @JsonProperty("max_us") Double maxMicros,
    @JsonProperty("timeouts") long timeouts,
    @JsonProperty("errors") long errors,
    @JsonProperty("verdict") LoadVerdict verdict,
    @JsonProperty("cpu_us_per_request") CpuPerRequest cpuMicrosPerRequest) {}
