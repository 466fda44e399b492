package dev.statebench.lbsim.router;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.lbsim.model.FleetView;
import dev.statebench.lbsim.engine.Simulation;
import dev.statebench.lbsim.metrics.ReplicationResult;
import dev.statebench.lbsim.scenario.Scenario;
import dev.statebench.lbsim.scenario.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BoundedLoadRouterTest {

  /** Checks, independently of the router, the bound of Mirrokni et al. on every single assignment. */
  private static final class BoundChecker implements Router {
    private final Router inner;
    private final FleetView fleet;
    private final double factor;
    long assignments;
    long maxRatioNumerator;

    BoundChecker(Router inner, FleetView fleet, double factor) {
      this.inner = inner;
      this.fleet = fleet;
      this.factor = factor;
    }

    @Override
    public int route(RoutingRequest request) {
      int b = inner.route(request);
      long bound = (long) Math.ceil(factor * (fleet.totalOutstanding() + 1) / fleet.liveCount());
      assertThat(fleet.outstanding(b) + 1L).as("assignment %d", assignments).isLessThanOrEqualTo(bound);
      assignments++;
      return b;
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"'bounded-load(inner=ring-hash(vnodes=20,key=client), factor=1.25)', 1.25",
      "'bounded-load(inner=maglev(table=1009,key=client), factor=1.1)', 1.1"})
  void everyAssignment_staysWithinCeilingOfFactorTimesAverage(String policy, double factor) {
    // 50 clients with long heavy-tailed sessions hashed to 20 backends at utilisation 0.85: plain consistent
    // hashing would overload some backends, so the bound is exercised (walks happen) on many assignments
    Scenario scenario = ScenarioLoader.parse("""
        seed: 3
        requests: 200000
        backends: {count: 20, workers: 2, service: {dist: exponential, mean: 1ms}}
        sessions:
          arrival: {dist: poisson, rate: 3400/s}
          length: {dist: pareto, alpha: 1.5, mean: 10}
          clients: 50
        policies: [round-robin]
        """, "bounded", List.of());
    BoundChecker[] checker = new BoundChecker[1];
    ReplicationResult result = new Simulation(scenario.config(), env -> {
      checker[0] = new BoundChecker(RouterRegistry.create(PolicySpec.parse(policy, "test"), env), env.fleet(), factor);
      return checker[0];
    }, 0, f -> { }).run();
    assertThat(checker[0].assignments).isGreaterThanOrEqualTo(200_000);
    assertThat(result.completed()).isEqualTo(200_000);
  }
}
