package dev.statebench.report;

import dev.statebench.results.sim.Estimate;
import dev.statebench.results.sim.PolicyResult;
import dev.statebench.results.sim.ScenarioEvent;
import dev.statebench.results.sim.SimulationResult;
import dev.statebench.results.sim.TimeSeries;
import java.util.Optional;

/**
 * Sessions lost at a fleet event as a share of the sessions that were live. The denominator is read from the run's
 * time series: the sessions the fleet held in the last window that ends before the event, summed over instances. Only
 * routing that pins sessions to instances counts them per instance, and every policy of a scenario sees the same
 * arrivals (common random numbers), so the largest count among the scenario's policies is the live-session count of
 * all of them.
 *
 * @param lost sessions lost, with its interval over replications
 * @param live sessions live just before the event (NaN when the scenario keeps no time series)
 */
record SessionLoss(Estimate lost, double live) {

  /** The loss at {@code event} of one policy. */
  static SessionLoss at(SimulationResult result, PolicyResult policy, ScenarioEvent event) {
    return new SessionLoss(policy.metrics().sessions().lost(), liveBefore(result, event.at().seconds()).orElse(Double.NaN));
  }

  static Optional<Double> liveBefore(SimulationResult result, double atSeconds) {
    double best = Double.NaN;
    for (PolicyResult policy : result.policies()) {
      TimeSeries series = policy.timeSeries();
      if (series == null || series.windowSeconds() <= 0) {
        continue;
      }
      int window = (int) Math.ceil(atSeconds / series.windowSeconds()) - 2;
      if (window < 0 || window >= series.sessions().size()) {
        continue;
      }
      double live = series.sessions().get(window).stream().mapToDouble(Double::doubleValue).sum();
      if (live > 0 && !(live <= best)) {
        best = live;
      }
    }
    return Double.isNaN(best) ? Optional.empty() : Optional.of(best);
  }

  /** Lost ÷ live, NaN without a denominator. */
  double fraction() {
    return lost.mean() / live;
  }

  double fractionHalfWidth() {
    return lost.halfWidthOrNaN() / live;
  }
}
