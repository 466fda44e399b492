package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where a simulated cost (a store lookup, a token verification) comes from: a distribution with its parameters, or
 * a run's measurement — {@code dist: empirical} with a latency log ({@code file}, {@code tag}), or {@code dist: jmh}
 * with a JMH result file.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CostSetting(
    @JsonProperty("dist") String dist,
    @JsonProperty("file") String file,
    @JsonProperty("mean") String mean) {

  /** Whether the cost is read from a measurement file rather than given as a distribution. */
  public boolean measured() {
    return file != null;
  }
}
