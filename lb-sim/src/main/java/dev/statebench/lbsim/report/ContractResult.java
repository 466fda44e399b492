package dev.statebench.lbsim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.lbsim.engine.EngineVersion;
import dev.statebench.lbsim.experiment.ExperimentResult;
import dev.statebench.lbsim.metrics.PolicyResult;
import dev.statebench.lbsim.metrics.TimeSeries;
import dev.statebench.lbsim.scenario.Scenario;
import dev.statebench.results.sim.Engine;
import dev.statebench.results.sim.Estimate;
import dev.statebench.results.sim.EventSpan;
import dev.statebench.results.sim.EventWindow;
import dev.statebench.results.sim.LatencySummary;
import dev.statebench.results.sim.MeanAndMax;
import dev.statebench.results.sim.PerBackend;
import dev.statebench.results.sim.RequestCounts;
import dev.statebench.results.sim.RevocationMetrics;
import dev.statebench.results.sim.ScaleOutMetrics;
import dev.statebench.results.sim.ScenarioEcho;
import dev.statebench.results.sim.SessionMetrics;
import dev.statebench.results.sim.SimMetrics;
import dev.statebench.results.sim.SimVariant;
import dev.statebench.results.sim.SimulationResult;
import dev.statebench.results.sim.Skew;
import dev.statebench.results.sim.SkewMeasures;
import dev.statebench.results.sim.StoreMetrics;
import dev.statebench.results.sim.UtilizationMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An experiment's results as the shared results contract's {@link SimulationResult} (format 2): maps the simulator's
 * dotted metric names (such as {@code latency_ms.p99}) onto the contract's typed records; every estimate carries its
 * 95% Student-t half-width (null with one replication), level and n. Times are in milliseconds unless the name says
 * seconds, rates per second.
 */
final class ContractResult {
  private static final double LEVEL = 0.95;
  private static final ObjectMapper JSON = new ObjectMapper();

  private ContractResult() {}

  static SimulationResult of(ExperimentResult result) {
    Scenario scenario = result.scenario();
    List<dev.statebench.results.sim.PolicyResult> policies = new ArrayList<>();
    for (PolicyResult policy : result.policies()) {
      policies.add(policy(policy, variantOf(scenario, policy)));
    }
    List<String> warnings = new ArrayList<>();
    UtilizationWarning.of(result).ifPresent(warnings::add);
    ScenarioEcho echo;
    try {
      echo = JSON.treeToValue(scenario.tree(), ScenarioEcho.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the scenario does not fit the results contract: " + e.getOriginalMessage(), e);
    }
    return new SimulationResult(SimulationResult.CURRENT_FORMAT, new Engine("lb-sim", EngineVersion.VERSION),
        scenario.name(), scenario.config().seed(), scenario.replications(), echo, warnings, policies);
  }

  private static SimVariant variantOf(Scenario scenario, PolicyResult policy) {
    return scenario.variants().stream().filter(v -> v.label().equals(policy.variant())).findFirst()
        .map(Scenario.Variant::typed).orElse(SimVariant.NONE);
  }

  private static dev.statebench.results.sim.PolicyResult policy(PolicyResult policy, SimVariant variant) {
    Metrics m = new Metrics(policy.metrics());
    SimMetrics metrics = new SimMetrics(
        new RequestCounts(m.get("requests.issued"), m.get("requests.completed"), m.get("requests.rejected"),
            m.get("requests.redispatched"), m.get("requests.failed"), m.get("requests.login"),
            m.get("requests.unavailable"), m.get("requests.store_failed")),
        m.get("throughput_per_s"),
        m.latency("latency_ms"),
        m.latency("queueing_ms"),
        new UtilizationMetrics(m.get("utilization.mean"), m.get("utilization.max"), m.get("utilization.designed"),
            m.get("utilization.achieved")),
        new MeanAndMax(m.get("outstanding.mean"), m.get("outstanding.max")),
        new Skew(m.skew("skew.requests"), m.skew("skew.outstanding")),
        new SessionMetrics(m.get("sessions.lost"), m.get("sessions.opened"), null),
        new StoreMetrics(m.get("store.lookups_per_s")),
        m.has("event_window.requests")
            ? new EventWindow(m.latency("event_window.latency_ms"), m.get("event_window.requests")) : null,
        m.has("events.span_s") ? new EventSpan(m.get("events.span_s")) : null,
        m.has("revocation.delay_mean_s")
            ? new RevocationMetrics(m.get("revocation.delay_mean_s"), m.get("revocation.delay_max_s"),
                m.get("revocation.exposure_mean_s"), m.get("revocation.exposure_max_s")) : null,
        m.has("scaleout.convergence_s")
            ? new ScaleOutMetrics(m.get("scaleout.convergence_s"), m.get("scaleout.old_overload_peak")) : null);
    PerBackend perBackend = new PerBackend(list(policy.requestsPerBackend()), list(policy.utilizationPerBackend()),
        list(policy.outstandingPerBackend()), list(policy.liveSecondsPerBackend()));
    return new dev.statebench.results.sim.PolicyResult(policy.policy(), variant, metrics, perBackend,
        timeSeries(policy.timeSeries()));
  }

  private static dev.statebench.results.sim.TimeSeries timeSeries(TimeSeries series) {
    if (series == null) {
      return null;
    }
    List<List<Double>> outstanding = new ArrayList<>();
    List<List<Double>> utilization = new ArrayList<>();
    List<List<Double>> requests = new ArrayList<>();
    List<List<Double>> sessions = new ArrayList<>();
    List<List<Double>> live = new ArrayList<>();
    List<Double> logins = new ArrayList<>();
    List<Double> failed = new ArrayList<>();
    for (int w = 0; w < series.windows(); w++) {
      outstanding.add(list(series.outstanding(w)));
      utilization.add(list(series.utilization(w)));
      requests.add(list(series.requests(w)));
      sessions.add(list(series.sessions(w)));
      live.add(list(series.live(w)));
      logins.add(series.logins(w));
      failed.add(series.failed(w));
    }
    return new dev.statebench.results.sim.TimeSeries(series.windowNanos() / 1e9, outstanding, utilization, requests,
        sessions, logins, failed, live);
  }

  private static List<Double> list(double[] values) {
    List<Double> list = new ArrayList<>(values.length);
    for (double v : values) {
      list.add(v);
    }
    return list;
  }

  /** The simulator's metrics by dotted name, converted to the contract's estimates. */
  private record Metrics(Map<String, dev.statebench.lbsim.metrics.Estimate> byName) {
    boolean has(String name) {
      return byName.containsKey(name);
    }

    Estimate get(String name) {
      dev.statebench.lbsim.metrics.Estimate e = byName.get(name);
      if (e == null) {
        throw new IllegalStateException("the simulator produced no metric " + name);
      }
      return new Estimate(e.mean(), Double.isFinite(e.ci95()) ? e.ci95() : null, LEVEL, e.n());
    }

    LatencySummary latency(String prefix) {
      return new LatencySummary(get(prefix + ".mean"), get(prefix + ".p50"), get(prefix + ".p90"),
          get(prefix + ".p99"), get(prefix + ".p999"), get(prefix + ".max"));
    }

    SkewMeasures skew(String prefix) {
      return new SkewMeasures(get(prefix + ".max_over_mean"), get(prefix + ".cv"), get(prefix + ".jain"));
    }
  }
}
