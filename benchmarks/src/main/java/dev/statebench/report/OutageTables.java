package dev.statebench.report;

import dev.statebench.ops.OpsResults;
import dev.statebench.ops.OutageRun;
import dev.statebench.outage.OutageResult;
import dev.statebench.results.format.Numbers;
import dev.statebench.results.sim.PolicyResult;
import dev.statebench.results.sim.RequestCounts;
import dev.statebench.results.sim.SimulationResult;
import dev.statebench.results.sim.StateSetting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The store-outage tables of "Beyond one machine": what each strategy did through a real outage (measured), and the
 * same strategies beside the simulator's store-outage event, each as the share of the run's requests that failed
 * because the store was down.
 */
final class OutageTables {
  /** The simulator's state model each measured strategy corresponds to (the hybrid's denylist is not simulated). */
  static final Map<String, String> SIMULATED_MODEL = Map.of("jwt-hs256", "jwt", "redis", "redis", "postgres", "sql");

  private OutageTables() {}

  /** One row per outage and strategy. */
  static String measured(OpsResults.Outages outages) {
    MarkdownTable table = new MarkdownTable("store · fault", "strategy", "offered", "failed (during outage)",
        "timeouts", "sessions lost", "p99 ms before", "p99 ms during", "p99 ms after", "recovery",
        "revoked tokens accepted during / after, of presented");
    for (OutageRun run : outages.runs()) {
      for (OutageResult r : run.strategies()) {
        table.row(run.store() + " · " + run.fault(), r.strategy(), Numbers.exact(r.offered()),
            Numbers.exact(r.failed()) + " (" + Numbers.exact(r.failedDuring()) + ")", Numbers.exact(r.timedOut()),
            Numbers.exact(r.sessionsLost()), Numbers.format(r.baselineP99Ms()), Numbers.format(r.duringP99Ms()),
            Numbers.format(r.afterP99Ms()), r.recoveryMs() < 0 ? "not within the run"
                : Numbers.format(r.recoveryMs()) + " ms",
            r.revokedPresented() == 0 ? Numbers.MISSING : Numbers.exact(r.revokedAcceptedDuring()) + " / "
                + Numbers.exact(r.revokedAcceptedAfter()) + " of " + Numbers.exact(r.revokedPresented()));
      }
    }
    return table.render();
  }

  /**
   * Measured and simulated side by side, one row per strategy of a kill outage: the measured share of requests that
   * failed or timed out (with the sessions a store lost by coming back empty, and the revoked tokens a hybrid
   * accepted), and the simulator's store-failed share of issued requests for the matching state model.
   * Either side may be absent ({@link Cells#NOT_MEASURED}).
   */
  static String sideBySide(Optional<OpsResults.Outages> outages, Optional<SimulationResult> simulated) {
    Map<String, String> measured = new LinkedHashMap<>();
    Map<String, String> measuredOutage = new LinkedHashMap<>();
    outages.ifPresent(o -> o.runs().stream().filter(run -> run.fault().equals("kill")).forEach(run -> {
      for (OutageResult r : run.strategies()) {
        measured.putIfAbsent(r.strategy(), Numbers.percent((r.failed() + r.timedOut()) / (double) r.offered())
            + " of " + Numbers.exact(r.offered())
            + (r.sessionsLost() > 0 ? "; sessions lost: " + Numbers.exact(r.sessionsLost()) : "")
            + (r.revokedPresented() > 0 ? "; revoked accepted during / after: "
                + Numbers.exact(r.revokedAcceptedDuring()) + " / " + Numbers.exact(r.revokedAcceptedAfter()) : ""));
        measuredOutage.putIfAbsent(r.strategy(), run.store() + " killed " + Numbers.format(run.outageSeconds())
            + " s of " + Numbers.format(run.durationSeconds()) + " s");
      }
    }));
    Map<String, String> simulatedCells = new LinkedHashMap<>();
    simulated.ifPresent(result -> {
      for (PolicyResult policy : result.policies()) {
        String model = policy.variant().state().or(() -> Optional.ofNullable(result.scenario().state()))
            .map(StateSetting::model).orElse("");
        RequestCounts requests = policy.metrics().requests();
        if (requests == null || requests.storeFailed() == null || requests.issued() == null) {
          continue;
        }
        simulatedCells.putIfAbsent(model, Numbers.percent(requests.storeFailed().mean() / requests.issued().mean())
            + " (store-failed " + Cells.of(requests.storeFailed()) + " of " + Numbers.format(requests.issued().mean())
            + " issued, n = " + requests.issued().n() + ", " + policy.policy() + ")");
      }
    });
    MarkdownTable table = new MarkdownTable("strategy", "measured outage", "measured: failed or timed out",
        "simulator state", "simulated: store-failed share of issued (count ± 95% CI, n replications)");
    for (String strategy : List.of("jwt-hs256", "redis", "postgres", "hybrid-fail-closed", "hybrid-fail-open")) {
      String model = SIMULATED_MODEL.get(strategy);
      table.row(strategy, measuredOutage.getOrDefault(strategy, Cells.NOT_MEASURED),
          measured.getOrDefault(strategy, Cells.NOT_MEASURED), model == null ? "not simulated" : model,
          model == null ? Numbers.MISSING : simulatedCells.getOrDefault(model, Cells.NOT_MEASURED));
    }
    return table.render();
  }
}
