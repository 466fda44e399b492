package dev.statebench.results.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * {@code summary.json} of an open-loop load sweep ({@code statebench load}): the target, the arrival process, and one
 * {@link RateResult} per offered rate in the order they ran.
 *
 * @param target what was loaded, e.g. {@code redis}, {@code postgres}, {@code jwt-ES256}
 * @param arrivals the arrival process, {@code poisson} or {@code uniform}
 */
public record LoadSummary(
    @JsonProperty("format_version") int formatVersion,
    @JsonProperty("target") String target,
    @JsonProperty("arrivals") String arrivals,
    @JsonProperty("rates") List<RateResult> rates) {
  public static final int CURRENT_FORMAT = 1;

  public LoadSummary {
    rates = List.copyOf(rates);
  }
}
