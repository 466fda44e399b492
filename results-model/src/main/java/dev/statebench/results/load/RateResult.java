package dev.statebench.results.load;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One measured rate of an open-loop sweep. Response times are measured from each request's intended send time
 * (corrected for coordinated omission), in microseconds; under {@code schedule-not-kept} they are still written but
 * describe the generator, not the target.
 *
 * @param ratePerSecond the rate asked for
 * @param attempt 1, or 2 for the confirmation of a saturated rate
 * @param offeredPerSecond the schedule's requests over its window
 * @param achievedPerSecond answered requests per second, drain included
 * @param requests requests scheduled
 * @param succeeded requests answered successfully
 * @param timeouts requests that timed out
 * @param errors requests that failed otherwise ({@code errorsByKind} counts them per exception kind)
 * @param verdictReasons why a rate is saturated or its schedule not kept; empty when ok
 * @param latency response times, timeouts censored at the timeout
 * @param serviceTime times from actual send to answer, answered requests only
 * @param generatorFloor absent for the {@code noop} control itself
 * @param floorFlag whether the floor's p99 exceeds the allowed fraction of the target's p50; absent with the floor
 * @param trace per-interval backlog and percentiles, in order
 */
public record RateResult(
    @JsonProperty("rate_per_s") double ratePerSecond,
    @JsonProperty("attempt") int attempt,
    @JsonProperty("offered_per_s") double offeredPerSecond,
    @JsonProperty("achieved_per_s") double achievedPerSecond,
    @JsonProperty("requests") long requests,
    @JsonProperty("succeeded") long succeeded,
    @JsonProperty("timeouts") long timeouts,
    @JsonProperty("errors") long errors,
    @JsonProperty("errors_by_kind") Map<String, Long> errorsByKind,
    @JsonProperty("verdict") LoadVerdict verdict,
    @JsonProperty("verdict_reasons") List<String> verdictReasons,
    @JsonProperty("latency_us") LatencyPercentiles latency,
    @JsonProperty("service_time_us") LatencyPercentiles serviceTime,
    @JsonProperty("dispatch_lag_us") DispatchLag dispatchLag,
    @JsonProperty("cpu_us_per_request") CpuPerRequest cpuPerRequest,
    @JsonProperty("cores_per_100k_per_s") CoresPer100k coresPer100k,
    @JsonProperty("generator_floor_us") @JsonInclude(JsonInclude.Include.NON_NULL) GeneratorFloor generatorFloor,
    @JsonProperty("floor_flag") @JsonInclude(JsonInclude.Include.NON_NULL) Boolean floorFlag,
    @JsonProperty("trace") List<TraceSample> trace) {

  public RateResult {
    errorsByKind = Map.copyOf(errorsByKind);
    verdictReasons = List.copyOf(verdictReasons);
    trace = List.copyOf(trace);
  }

  /** Whether this is the first measurement of its rate (not the confirmation of a saturated one). */
  public boolean firstAttempt() {
    return attempt == 1;
  }

  /** Whether the generator flagged its own floor as comparable to the target's median. */
  public boolean flagged() {
    return Boolean.TRUE.equals(floorFlag);
  }
}
