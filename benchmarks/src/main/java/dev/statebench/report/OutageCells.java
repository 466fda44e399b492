package dev.statebench.report;

import dev.statebench.ops.OpsResults;
import dev.statebench.ops.OutageRun;
import dev.statebench.outage.OutageResult;
import dev.statebench.results.format.Numbers;
import dev.statebench.results.sim.PolicyResult;
import dev.statebench.results.sim.RequestCounts;
import dev.statebench.results.sim.SimulationResult;
import dev.statebench.results.sim.StateSetting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The answer table's "store outage" cell of each strategy: what the strategy did while its store was killed in this
 * run's ops step (the share of requests that failed or timed out, and for the hybrid the revoked tokens a fail-open
 * policy let through), and the simulator's store-outage scenario for the same state model. Both sides link to
 * "Beyond one machine", which holds the full tables.
 */
final class OutageCells {
  private static final String LINK = "](#beyond-one-machine)";

  private final Optional<OpsResults.Outages> outages;
  private final Optional<SimulationResult> simulated;

  OutageCells(ResultFolder folder) {
    this(BeyondOneMachineSection.read(folder.dir().resolve(OpsResults.FOLDER).resolve(OpsResults.OUTAGES),
        OpsResults.Outages.class), BeyondOneMachineSection.storeOutageSimulation(folder.simulations()));
  }

  OutageCells(Optional<OpsResults.Outages> outages, Optional<SimulationResult> simulated) {
    this.outages = outages;
    this.simulated = simulated;
  }

  /** The cell of {@code strategy}, or {@link Cells#NOT_MEASURED} when neither side has it. */
  String cell(AnswerTable.Strategy strategy) {
    List<String> parts = new ArrayList<>();
    if ("local".equals(strategy.stateModel())) {
      parts.add("uses no store");
    }
    for (String measuredStrategy : measuredStrategies(strategy)) {
      killed(measuredStrategy).ifPresent(parts::add);
    }
    simulatedShare(strategy).ifPresent(share -> parts.add("simulated: " + share));
    return parts.isEmpty() || parts.equals(List.of("uses no store")) && simulated.isEmpty() ? Cells.NOT_MEASURED
        : "[" + String.join("; ", parts) + LINK;
  }

  /** The outage strategies that measured {@code strategy}: JWT verification needs no store whatever its algorithm. */
  private static List<String> measuredStrategies(AnswerTable.Strategy strategy) {
    if (strategy.loadTarget() == null && "jwt".equals(strategy.stateModel())) {
      return List.of("jwt-hs256");
    }
    if (strategy.loadTarget() == null) {
      return List.of();
    }
    return switch (strategy.loadTarget()) {
      case "redis" -> List.of("redis");
      case "postgres" -> List.of("postgres");
      case "hybrid" -> List.of("hybrid-fail-closed", "hybrid-fail-open");
      default -> strategy.loadTarget().startsWith("jwt-") ? List.of("jwt-hs256") : List.of();
    };
  }

  /** The first kill outage that ran {@code name}: failed or timed out of offered, and revoked tokens accepted. */
  private Optional<String> killed(String name) {
    if (outages.isEmpty()) {
      return Optional.empty();
    }
    for (OutageRun run : outages.get().runs()) {
      if (!run.fault().equals("kill")) {
        continue;
      }
      for (OutageResult r : run.strategies()) {
        if (r.strategy().equals(name)) {
          String who = name.startsWith("hybrid-") ? name.substring("hybrid-".length()) + ": " : "";
          String measuredAs = name.equals("jwt-hs256") ? " (HS256)" : "";
          return Optional.of(who + run.store() + " killed " + Numbers.format(run.outageSeconds()) + " s: "
              + Numbers.percent((r.failed() + r.timedOut()) / (double) r.offered()) + " of "
              + Numbers.exact(r.offered()) + " failed or timed out" + measuredAs
              + (r.revokedPresented() > 0 ? ", revoked accepted " + Numbers.exact(r.revokedAcceptedDuring()) + " of "
                  + Numbers.exact(r.revokedPresented()) : ""));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The simulator's store-failed share of issued requests for the strategy's state model (the plain model, without an
   * access-token lifetime: the measured hybrid checks a denylist on every request, which the simulator does not model).
   */
  private Optional<String> simulatedShare(AnswerTable.Strategy strategy) {
    if (simulated.isEmpty() || strategy.stateModel() == null) {
      return Optional.empty();
    }
    SimulationResult result = simulated.get();
    for (PolicyResult policy : result.policies()) {
      Optional<StateSetting> state = policy.variant().state().or(() -> Optional.ofNullable(result.scenario().state()));
      RequestCounts requests = policy.metrics().requests();
      if (state.isEmpty() || state.get().accessTtl() != null || !state.get().model().equals(strategy.stateModel())
          || requests == null || requests.storeFailed() == null || requests.issued() == null) {
        continue;
      }
      return Optional.of(Numbers.percent(requests.storeFailed().mean() / requests.issued().mean())
          + " of requests store-failed (n = " + requests.issued().n() + ")");
    }
    return Optional.empty();
  }
}
