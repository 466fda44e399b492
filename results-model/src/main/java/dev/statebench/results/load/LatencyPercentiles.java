package dev.statebench.results.load;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Percentiles of one rate's times in microseconds (HdrHistogram), each null when nothing was recorded. For response
 * times, timeouts are kept as censored values at the timeout: from rank {@code censoredAbovePercentile} on, a figure
 * means "at least {@code censoredAtMicros}" (both absent for service times).
 *
 * @param count the values recorded: the n of every percentile
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LatencyPercentiles(
    @JsonProperty("count") long count,
    @JsonProperty("p50") @JsonInclude(JsonInclude.Include.ALWAYS) Double p50,
    @JsonProperty("p90") @JsonInclude(JsonInclude.Include.ALWAYS) Double p90,
    @JsonProperty("p99") @JsonInclude(JsonInclude.Include.ALWAYS) Double p99,
    @JsonProperty("p99.9") @JsonInclude(JsonInclude.Include.ALWAYS) Double p999,
    @JsonProperty("p99.99") @JsonInclude(JsonInclude.Include.ALWAYS) Double p9999,
    @JsonProperty("max") @JsonInclude(JsonInclude.Include.ALWAYS) Double max,
    @JsonProperty("mean") @JsonInclude(JsonInclude.Include.ALWAYS) Double mean,
    @JsonProperty("censored_above_percentile") Double censoredAbovePercentile,
    @JsonProperty("censored_at_us") Double censoredAtMicros) {}
