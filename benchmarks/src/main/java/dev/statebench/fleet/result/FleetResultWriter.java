package dev.statebench.fleet.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.AtomicFiles;
import dev.statebench.results.sim.Engine;
import dev.statebench.results.sim.Estimate;
import dev.statebench.results.sim.EventSpan;
import dev.statebench.results.sim.EventWindow;
import dev.statebench.results.sim.LatencySummary;
import dev.statebench.results.sim.PerBackend;
import dev.statebench.results.sim.PolicyResult;
import dev.statebench.results.sim.RequestCounts;
import dev.statebench.results.sim.ScaleOutMetrics;
import dev.statebench.results.sim.ScenarioEcho;
import dev.statebench.results.sim.SessionMetrics;
import dev.statebench.results.sim.SimMetrics;
import dev.statebench.results.sim.SimulationResult;
import dev.statebench.results.sim.SimulationResultWriter;
import dev.statebench.results.sim.Skew;
import dev.statebench.results.sim.SkewMeasures;
import dev.statebench.results.sim.TimeSeries;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes a fleet-lab result in the results contract's simulator format (format 2, through
 * {@link SimulationResultWriter}), so the report, {@code compare} and the validation table read lb-sim and the real
 * fleet through the same typed records. One real run per policy: every estimate has n = 1 and no interval. What a
 * client and the instances' logs cannot observe (queueing, utilisation, outstanding requests, store load,
 * redispatches, store failures) is left out rather than guessed; sessions live at the first fleet event are given
 * as {@code sessions.live_at_event}. Requests answered 503 (no live instance, as HAProxy answers) count as both
 * {@code rejected} and {@code unavailable}, as lb-sim counts them. The engine is named {@code statebench-fleet} so
 * nobody mistakes a measurement for a simulation. Written to a temporary file, then moved.
 */
public final class FleetResultWriter {
  /** Engine name of measured results. */
  public static final String ENGINE = "statebench-fleet";
  /** Version of the lab's measurement (not of the file format, which is the contract's). */
  public static final String VERSION = "1";
  private static final double LEVEL = 0.95;
  private static final ObjectMapper JSON = new ObjectMapper();

  private FleetResultWriter() {}

  /** Writes {@code outcomes} of scenario {@code name} to {@code file}. */
  public static void write(Path file, String name, long seed, Map<String, Object> scenario, List<String> warnings,
      List<PolicyOutcome> outcomes) throws IOException {
    JsonNode echo = JSON.valueToTree(scenario);
    List<PolicyResult> policies = new ArrayList<>();
    for (PolicyOutcome outcome : outcomes) {
      policies.add(new PolicyResult(outcome.policy(), outcome.variant(), metrics(outcome.metrics()),
          new PerBackend(list(outcome.requestsPerInstance()), null, null, list(outcome.liveSeconds())),
          series(outcome)));
    }
    SimulationResult result = new SimulationResult(SimulationResult.CURRENT_FORMAT, new Engine(ENGINE, VERSION), name,
        seed, 1, JSON.treeToValue(echo, ScenarioEcho.class), warnings, policies);
    StringWriter text = new StringWriter();
    new SimulationResultWriter().write(result, echo, text);
    AtomicFiles.writeString(file, text.toString());
  }

  static SimMetrics metrics(Map<String, Double> m) {
    Estimate rejected = one(m, "requests.rejected");
    SkewMeasures requestSkew = new SkewMeasures(one(m, "skew.requests.max_over_mean"), one(m, "skew.requests.cv"),
        one(m, "skew.requests.jain"));
    return new SimMetrics(
        new RequestCounts(one(m, "requests.issued"), one(m, "requests.completed"), rejected, null,
            one(m, "requests.failed"), one(m, "requests.login"), rejected, null),
        one(m, "throughput_per_s"), latency(m, "latency_ms"), null, null, null, new Skew(requestSkew, null),
        new SessionMetrics(one(m, "sessions.lost"), one(m, "sessions.opened"), one(m, "sessions.live_at_event")),
        null,
        m.containsKey("event_window.latency_ms.mean")
            ? new EventWindow(latency(m, "event_window.latency_ms"), one(m, "event_window.requests")) : null,
        m.containsKey("events.span_s") ? new EventSpan(one(m, "events.span_s")) : null,
        null,
        m.containsKey("scaleout.convergence_s")
            ? new ScaleOutMetrics(one(m, "scaleout.convergence_s"), one(m, "scaleout.old_overload_peak")) : null);
  }

  private static LatencySummary latency(Map<String, Double> m, String prefix) {
    return new LatencySummary(one(m, prefix + ".mean"), one(m, prefix + ".p50"), one(m, prefix + ".p90"),
        one(m, prefix + ".p99"), one(m, prefix + ".p999"), one(m, prefix + ".max"));
  }

  /** One run's value: n = 1, no interval; null when the run did not produce the metric. */
  private static Estimate one(Map<String, Double> m, String key) {
    Double value = m.get(key);
    return value == null ? null : new Estimate(value, null, LEVEL, 1);
  }

  private static TimeSeries series(PolicyOutcome outcome) {
    if (outcome.windowSeconds() <= 0) {
      return null;
    }
    return new TimeSeries(outcome.windowSeconds(), null, null, rows(outcome.windowRequests()), null,
        list(outcome.windowLogins()), list(outcome.windowFailed()), rows(outcome.windowLive()));
  }

  private static List<List<Double>> rows(double[][] values) {
    return Arrays.stream(values).map(FleetResultWriter::list).toList();
  }

  private static List<Double> list(double[] values) {
    return Arrays.stream(values).boxed().toList();
  }
}
