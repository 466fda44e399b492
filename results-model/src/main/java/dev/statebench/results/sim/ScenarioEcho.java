package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.statebench.results.units.ScenarioDuration;
import dev.statebench.results.units.ScenarioRate;
import java.util.List;
import java.util.Optional;

/**
 * The scenario a result was simulated from, as the simulator echoes it after command-line overrides. This is the
 * typed view of the settings the report reads; the scenario file format itself is the simulator's (see
 * {@code lb-sim/scenarios/reference.yaml}), so keys this view does not name are accepted and not kept. {@code costs},
 * when present, holds the measured costs the simulator was fed (each with its source); costs it does not name were
 * the simulator's committed defaults.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScenarioEcho(
    @JsonProperty("name") String name,
    @JsonProperty("seed") long seed,
    @JsonProperty("replications") int replications,
    @JsonProperty("warmup") ScenarioDuration warmup,
    @JsonProperty("duration") ScenarioDuration duration,
    @JsonProperty("requests") Long requests,
    @JsonProperty("backends") Backends backends,
    @JsonProperty("sessions") Sessions sessions,
    @JsonProperty("state") StateSetting state,
    @JsonProperty("policies") List<String> policies,
    @JsonProperty("events") List<ScenarioEvent> events,
    @JsonProperty("report") ReportSettings report,
    @JsonProperty("sweep") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
    List<SweepDimension> sweep,
    @JsonProperty("costs") SimInputs.Costs costs) {

  public ScenarioEcho {
    events = events == null ? List.of() : List.copyOf(events);
    sweep = sweep == null ? List.of() : List.copyOf(sweep);
    policies = policies == null ? List.of() : List.copyOf(policies);
  }

  /** The fleet: instance count and workers (cores) per instance. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Backends(@JsonProperty("count") int count, @JsonProperty("workers") int workers) {}

  /** Session arrivals and lengths. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Sessions(@JsonProperty("arrival") Arrival arrival, @JsonProperty("length") Length length) {}

  /** New sessions per unit of time. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Arrival(@JsonProperty("dist") String dist, @JsonProperty("rate") ScenarioRate rate) {}

  /** Requests per session: a distribution and its mean. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Length(@JsonProperty("dist") String dist, @JsonProperty("mean") Double mean) {}

  /** Report settings: the p99 target, the time-series window and the window examined after an event. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record ReportSettings(
      @JsonProperty("slo-p99") ScenarioDuration sloP99,
      @JsonProperty("window") ScenarioDuration window,
      @JsonProperty("event-window") ScenarioDuration eventWindow) {}

  /**
   * One sweep dimension: a dotted {@code key} with its {@code values} (and optional {@code labels}), or a list of
   * {@code set}s of several keys each, with one label per set.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record SweepDimension(
      @JsonProperty("key") String key,
      @JsonProperty("values") List<JsonNode> values,
      @JsonProperty("labels") List<String> labels,
      @JsonProperty("set") List<JsonNode> set) {}

  /**
   * The request rate the scenario is designed for: sessions per second × mean requests per session, when the
   * scenario states both (an open-loop scenario without sessions has none).
   */
  public Optional<Double> designedRequestsPerSecond() {
    if (sessions == null || sessions.arrival() == null || sessions.arrival().rate() == null
        || sessions.length() == null || sessions.length().mean() == null) {
      return Optional.empty();
    }
    return Optional.of(sessions.arrival().rate().perSecond() * sessions.length().mean());
  }

  /** The first scheduled event of {@code kind}, if any. */
  public Optional<ScenarioEvent> event(ScenarioEvent.Kind kind) {
    return events.stream().filter(e -> e.kind() == kind).findFirst();
  }
}
