package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One simulated cost taken from a run's measurements, in the simulator's distribution format: {@code dist: empirical}
 * with a latency log ({@code file}, {@code unit}) where the run recorded the distribution, otherwise
 * {@code dist: lognormal} with the measured {@code mean} and the shape ({@code cv}) of the simulator's default.
 *
 * @param source what was measured: the result file, the benchmark with its parameters and the statistic taken
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MeasuredCost(
    @JsonProperty("dist") String dist,
    @JsonProperty("file") String file,
    @JsonProperty("unit") String unit,
    @JsonProperty("mean") String mean,
    @JsonProperty("cv") Double cv,
    @JsonProperty("source") String source) {

  /** A distribution read from a latency log. */
  public static MeasuredCost empirical(String file, String source) {
    return new MeasuredCost("empirical", file, "ns", null, null, source);
  }

  /** A lognormal with a measured mean (nanoseconds) and a stated coefficient of variation. */
  public static MeasuredCost lognormal(double meanNanos, double cv, String source) {
    return new MeasuredCost("lognormal", null, null, String.format(java.util.Locale.ROOT, "%.1fns", meanNanos), cv,
        source);
  }
}
