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
 *   <li>no request was rejected, failed, unavailable or failed for want of the store (means over replications are
 *       zero);</li>
 *   <li>the upper end of the p99 latency's confidence interval is within the target;</li>
 *   <li>at the scenario's <em>designed</em> load the workers are less than fully busy: the simulator's
 *       {@code utilization.designed} (offered work ÷ capacity, engine 2.0) &lt; 1. A queue whose servers are busier
 *       than 100% grows without bound (M. Harchol-Balter, "Performance Modeling and Design of Computer Systems",
 *       Cambridge University Press, 2013, ch. 6), so a fleet that only meets the target because the simulated run
 *       fell short of the designed rate is not enough.</li>
 * </ol>
 * The answer is the smallest swept size that is enough; when none is, there is no answer (the sweep is too small).
 */
public final class InstancesNeeded {
  private InstancesNeeded() {}

  /** One fleet size of one state model, with the figures the rule looked at. */
  public record Candidate(int instances, PolicyResult result, double designedUtilization, boolean enough) {}

  /**
   * One state model's answer.
   *
   * @param state the state model's label in the sweep, e.g. {@code jwt-ES256} (preceded by the policy when the
   *     scenario simulates several; the policy alone without a swept state)
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
    Map<String, List<Candidate>> byState = new LinkedHashMap<>();
    boolean severalPolicies = result.policies().stream().map(PolicyResult::policy).distinct().count() > 1;
    for (PolicyResult policy : result.policies()) {
      OptionalInt count = policy.variant().backendCount();
      if (count.isEmpty()) {
        continue;
      }
      SimMetrics m = policy.metrics();
      double designedUtilization = m.utilization().designed().mean();
      RequestCounts requests = m.requests();
      boolean enough = requests.rejected().mean() == 0 && requests.failed().mean() == 0
          && requests.unavailable().mean() == 0 && requests.storeFailed().mean() == 0
          && m.latencyMs().p99().upper() <= sloMs && designedUtilization < 1;
      Optional<String> stateLabel = policy.variant().labelOf("state");
      String state = stateLabel.isEmpty() ? policy.policy()
          : severalPolicies ? policy.policy() + " · " + stateLabel.get() : stateLabel.get();
      byState.computeIfAbsent(state, s -> new ArrayList<>())
          .add(new Candidate(count.getAsInt(), policy, designedUtilization, enough));
    }
    List<Answer> answers = new ArrayList<>();
    byState.forEach((state, candidates) -> answers.add(new Answer(state, candidates.stream()
        .filter(Candidate::enough).mapToInt(Candidate::instances).min(), List.copyOf(candidates))));
    return answers;
  }
}
