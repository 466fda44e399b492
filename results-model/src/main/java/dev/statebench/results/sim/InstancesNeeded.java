package dev.statebench.results.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * "How many instances does this state model need?", answered once, by one rule, from a scenario that sweeps the
 * fleet size ({@code backends.count}) and states a p99 target ({@code report.slo-p99}). A fleet size is enough when
 * all three hold:
 * <ol>
 *   <li>no request was rejected or failed (mean over replications is zero);</li>
 *   <li>the upper end of the p99 latency's confidence interval is within the target;</li>
 *   <li>at the scenario's <em>designed</em> request rate (session arrival rate × mean requests per session) the
 *       workers would still be less than fully busy: measured utilization × designed rate ÷ simulated throughput
 *       &lt; 1. A queue whose servers are busier than 100% grows without bound (M. Harchol-Balter, "Performance
 *       Modeling and Design of Computer Systems", Cambridge University Press, 2013, ch. 6), so a fleet that only
 *       meets the target because the simulated run fell short of the designed rate is not enough.</li>
 * </ol>
 * The answer is the smallest swept size that is enough; when none is, there is no answer (the sweep is too small).
 */
public final class InstancesNeeded {
  private InstancesNeeded() {}

  /** One fleet size of one state model, with the figures the rule looked at. */
  public record Candidate(int instances, PolicyResult result, double projectedUtilization, boolean enough) {}

  /**
   * One state model's answer.
   *
   * @param state the state model's label in the sweep, e.g. {@code jwt-ES256}
   * @param instances the fewest instances that are enough, empty when no swept size is
   * @param candidates every swept size, in sweep order
   */
  public record Answer(String state, OptionalInt instances, List<Candidate> candidates) {}

  /** Whether {@code result} is a capacity scenario: it sweeps {@code backends.count} and states a p99 target. */
  public static boolean applies(SimulationResult result) {
    return result.scenario().report() != null && result.scenario().report().sloP99() != null
        && result.policies().stream().anyMatch(p -> p.variant().backendCount().isPresent());
  }

  /** The answer per state model, in sweep order; empty when the scenario is not a capacity scenario. */
  public static List<Answer> of(SimulationResult result) {
    if (!applies(result)) {
      return List.of();
    }
    double sloMs = result.scenario().report().sloP99().millis();
    Optional<Double> designed = result.scenario().designedRequestsPerSecond();
    Map<String, List<Candidate>> byState = new LinkedHashMap<>();
    for (PolicyResult policy : result.policies()) {
      OptionalInt count = policy.variant().backendCount();
      if (count.isEmpty()) {
        continue;
      }
      SimMetrics m = policy.metrics();
      double throughput = m.throughputPerSecond().mean();
      double utilization = m.utilization().mean().mean();
      double projected = designed.isPresent() && throughput > 0 ? utilization * designed.get() / throughput
          : utilization;
      boolean enough = m.requests().rejected().mean() == 0 && m.requests().failed().mean() == 0
          && m.latencyMs().p99().upper() <= sloMs && projected < 1;
      String state = policy.variant().labelOf("state").orElse(policy.policy());
      byState.computeIfAbsent(state, s -> new ArrayList<>())
          .add(new Candidate(count.getAsInt(), policy, projected, enough));
    }
    List<Answer> answers = new ArrayList<>();
    byState.forEach((state, candidates) -> answers.add(new Answer(state, candidates.stream()
        .filter(Candidate::enough).mapToInt(Candidate::instances).min(), List.copyOf(candidates))));
    return answers;
  }
}
