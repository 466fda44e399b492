package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simulator's cost inputs derived from one run's measurements ({@code sim-inputs.json} in the run folder): the
 * costs the run measured, and for each cost it did not measure, why (the simulator then uses its committed default).
 * Written by the benchmarks after their JMH step, read by {@code lb-sim run --inputs}, which echoes the costs with the
 * scenario into every result. Read and written with {@link SimInputsFiles}.
 *
 * @param formatVersion the file's {@code format_version}
 * @param costs the measured costs
 * @param absent the costs this run did not measure
 */
public record SimInputs(
    @JsonProperty("format_version") int formatVersion,
    @JsonProperty("costs") Costs costs,
    @JsonProperty("absent") List<Absent> absent) {
  /** The version this module writes and reads. */
  public static final int CURRENT_FORMAT = 1;

  public SimInputs {
    absent = absent == null ? List.of() : List.copyOf(absent);
  }

  /**
   * Costs by state model and by signing algorithm, as the simulator's {@code costs} scenario key names them.
   *
   * @param lookup a store lookup per model: {@code redis}, {@code sql}
   * @param verify a token verification per algorithm: {@code HS256}, {@code RS256}, {@code ES256}, {@code EdDSA}
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Costs(
      @JsonProperty("lookup") Map<String, MeasuredCost> lookup,
      @JsonProperty("verify") Map<String, MeasuredCost> verify) {
    public Costs {
      lookup = lookup == null ? Map.of() : new TreeMap<>(lookup);
      verify = verify == null ? Map.of() : new TreeMap<>(verify);
    }
  }

  /**
   * A cost the run did not measure.
   *
   * @param key {@code lookup.redis}, {@code verify.ES256}, …
   * @param reason what was looked for and not found
   */
  public record Absent(@JsonProperty("key") String key, @JsonProperty("reason") String reason) {}
}
