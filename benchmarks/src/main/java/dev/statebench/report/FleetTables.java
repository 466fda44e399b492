package dev.statebench.report;

import dev.statebench.results.format.Numbers;
import dev.statebench.results.sim.PolicyResult;
import dev.statebench.results.sim.RevocationMetrics;
import dev.statebench.results.sim.ScenarioEvent;
import dev.statebench.results.sim.SimMetrics;
import dev.statebench.results.sim.SimulationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fleet-level section: one table per simulator scenario, every figure a mean over replications ± the half-width
 * of its 95% confidence interval, with n (replications) in the table's caption.
 */
final class FleetTables {
  /** The one definition of skew used by every table of the report. */
  static final String SKEW_DEFINITION = "**Skew** = the busiest instance's time-averaged outstanding requests "
      + "(queued or in service) ÷ the fleet mean; 1.00 is perfectly even.";

  private FleetTables() {}

  static String render(ResultFolder folder) {
    StringBuilder md = new StringBuilder("Mean over replications ± 95% confidence half-width (Student t, n = "
        + "replications, given per scenario); every policy sees the same arrivals and work (common random numbers). "
        + SKEW_DEFINITION + " Sessions lost are also shown as a share of the sessions live just before the event "
        + "(from the scenario's time series). Utilisation designed = offered work ÷ capacity as the scenario sets it; "
        + "achieved = work done ÷ capacity as simulated (lb-sim warns below the table when they differ by more than "
        + "2%). Unavailable = requests that found no live instance (a load balancer answers 503). Revocation exposure = "
        + "how long a revoked session is still accepted; revoke → denied adds the user's wait for the next request. "
        + "\"—\" = the scenario does not produce it.\n\n");
    for (ResultFolder.SimResult sim : folder.simulations()) {
      SimulationResult result = sim.result();
      Optional<ScenarioEvent> loss = result.scenario().event(ScenarioEvent.Kind.KILL)
          .or(() -> result.scenario().event(ScenarioEvent.Kind.ROLLING_DEPLOY));
      boolean events = !result.scenario().events().isEmpty();
      boolean revocation = result.policies().stream().anyMatch(p -> p.metrics().revocation() != null);
      boolean unavailable = result.policies().stream()
          .anyMatch(p -> p.metrics().requests().unavailable().mean() != 0);
      List<String> columns = new ArrayList<>(List.of("policy · variant", "mean ms", "p99 ms",
          events ? "p99 ms after the event" : "p99.9 ms", "utilisation designed / achieved",
          "skew (outstanding)", "rejected requests", "sessions lost", "sessions lost, % of live"));
      if (unavailable) {
        columns.add("unavailable (503)");
      }
      if (revocation) {
        columns.addAll(List.of("revocation exposure mean / worst s", "revoke → denied mean s"));
      }
      MarkdownTable table = new MarkdownTable(columns.toArray(String[]::new));
      for (PolicyResult policy : result.policies()) {
        SimMetrics m = policy.metrics();
        String lostShare = loss.map(event -> SessionLoss.at(result, policy, event))
            .map(l -> Cells.percent(l.fraction(), l.fractionHalfWidth())).orElse("—");
        List<String> cells = new ArrayList<>(List.of(policy.displayName(), Cells.of(m.latencyMs().mean()),
            Cells.of(m.latencyMs().p99()),
            events ? (m.eventWindow() == null ? "—" : Cells.of(m.eventWindow().latencyMs().p99()))
                : Cells.of(m.latencyMs().p999()),
            Numbers.format(m.utilization().designed().mean()) + " / " + Cells.of(m.utilization().achieved()),
            Cells.of(m.skew().outstanding().maxOverMean()), Cells.of(m.requests().rejected()),
            Cells.of(m.sessions().lost()), lostShare));
        if (unavailable) {
          cells.add(Cells.of(m.requests().unavailable()));
        }
        if (revocation) {
          RevocationMetrics r = m.revocation();
          cells.add(r == null ? "—" : Cells.of(r.exposureMeanSeconds()) + " / " + Cells.of(r.exposureMaxSeconds()));
          cells.add(r == null ? "—" : Cells.of(r.delayMeanSeconds()));
        }
        table.row(cells.toArray(String[]::new));
      }
      md.append("<a id=\"sim-").append(sim.name()).append("\"></a>**").append(sim.name()).append("** (seed ")
          .append(result.seed()).append(", n = ").append(result.replications()).append(" replications, lb-sim ")
          .append(result.engine().version()).append("; cost inputs: ").append(SimCostSources.describe(result)).append(")\n\n")
          .append(table.isEmpty() ? "_no policy results_\n" : table.render()).append('\n');
      for (String warning : result.warnings()) {
        md.append("> lb-sim: ").append(warning).append("\n\n");
      }
    }
    return md.toString();
  }
}
