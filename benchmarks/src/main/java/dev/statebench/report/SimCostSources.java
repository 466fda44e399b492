package dev.statebench.report;

import dev.statebench.results.sim.MeasuredCost;
import dev.statebench.results.sim.PolicyResult;
import dev.statebench.results.sim.SimInputs;
import dev.statebench.results.sim.SimulationResult;
import dev.statebench.results.sim.StateSetting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a simulated scenario's costs came from, per cost its state models use: this run's measurement (the result's
 * echoed {@code costs}, each with the benchmark row and statistic it was taken from), a distribution the scenario
 * sets itself, or lb-sim's committed default (a row of {@code results/reference/jmh.json} that
 * {@code lb-sim/scenarios/reference.yaml} names).
 */
final class SimCostSources {
  static final String DEFAULT = "committed default (the row of results/reference/jmh.json that "
      + "lb-sim/scenarios/reference.yaml names)";

  private SimCostSources() {}

  /** One sentence-like list, e.g. {@code Redis lookup: this run, hlog/ …; HS256 verification: committed default …}. */
  static String describe(SimulationResult result) {
    Map<String, String> used = new LinkedHashMap<>();
    List<StateSetting> states = new ArrayList<>();
    if (result.scenario().state() != null) {
      states.add(result.scenario().state());
    }
    for (PolicyResult policy : result.policies()) {
      policy.variant().state().ifPresent(states::add);
    }
    SimInputs.Costs measured = result.scenario().costs();
    for (StateSetting state : states) {
      String model = state.model() == null ? "none" : state.model();
      if (model.equals("redis") || model.equals("sql") || state.isJwt() && state.accessTtl() != null) {
        String store = state.isJwt() ? "redis" : model;
        used.putIfAbsent((store.equals("redis") ? "Redis" : "PostgreSQL") + " lookup", state.lookup() != null
            ? "set in the scenario" : source(measured == null ? null : measured.lookup().get(store)));
      }
      if (state.isJwt()) {
        String algorithm = state.algorithm() == null ? "HS256" : state.algorithm();
        used.putIfAbsent(algorithm + " verification", state.verify() != null ? "set in the scenario"
            : source(measured == null ? null : verifyCost(measured, algorithm)));
      }
    }
    if (used.isEmpty()) {
      return "none (its state models pay no lookup or verification)";
    }
    List<String> parts = new ArrayList<>();
    used.forEach((cost, source) -> parts.add(cost + ": " + source));
    return String.join("; ", parts);
  }

  private static MeasuredCost verifyCost(SimInputs.Costs costs, String algorithm) {
    return costs.verify().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(algorithm))
        .map(Map.Entry::getValue).findFirst().orElse(null);
  }

  private static String source(MeasuredCost cost) {
    return cost == null ? DEFAULT : "this run's measurement, " + cost.source();
  }
}
