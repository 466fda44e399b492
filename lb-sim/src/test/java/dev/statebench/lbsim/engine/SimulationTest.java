package dev.statebench.lbsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.lbsim.metrics.ReplicationResult;
import dev.statebench.lbsim.router.PolicySpec;
import dev.statebench.lbsim.router.RouterRegistry;
import dev.statebench.lbsim.scenario.Scenario;
import dev.statebench.lbsim.scenario.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationTest {
  private static final String STICKY = """
      seed: 5
      warmup: 1s
      duration: 20s
      backends: {count: 4, workers: 2, service: {dist: exponential, mean: 5ms}}
      sessions:
        arrival: {dist: poisson, rate: 50/s}
        length: {dist: geometric, mean: 20}
        think: {dist: exponential, mean: 200ms}
      policies: [sticky(inner=round-robin)]
      report: {window: 1s}
      """;

  private static ReplicationResult run(Scenario scenario, String policy, FleetAction atTenSeconds) {
    Simulation simulation = new Simulation(scenario.config(),
        env -> RouterRegistry.create(PolicySpec.parse(policy, "test"), env), 0, f -> { });
    if (atTenSeconds != null) {
      simulation.schedule(10_000_000_000L, atTenSeconds);
    }
    return simulation.run();
  }

  @Test
  void removedBackend_getsNoNewRequestsAndItsStickySessionsAreRedispatched() {
    Scenario scenario = ScenarioLoader.parse(STICKY, "sticky", List.of());
    ReplicationResult result = run(scenario, "sticky(inner=round-robin)", (fleet, now) -> fleet.remove(1, now));
    // sessions pinned to backend 1 when it leaves (≈ a quarter of the live ones) each re-dispatch once
    assertThat(result.redispatched()).isGreaterThan(0);
    // after t = 10 s backend 1 drains: its outstanding load in the last windows is zero
    for (int w = 12; w < result.timeSeries().windows(); w++) {
      assertThat(result.timeSeries().outstanding(w)[1]).isZero();
    }
    assertThat(run(scenario, "sticky(inner=round-robin)", null).redispatched()).isZero();
  }

  @Test
  void backendAddedMidRun_receivesNewWorkUnderEveryTableBasedPolicy() {
    // scale-out at t = 10 s: the fifth backend exists for the second half of the run and gets requests
    Scenario scenario = ScenarioLoader.parse(STICKY, "scale-out", List.of());
    for (String policy : List.of("p2c(d=2)", "maglev(table=1009)", "ring-hash", "weighted-round-robin", "rendezvous")) {
      ReplicationResult result = run(scenario, policy,
          (fleet, now) -> fleet.add(new BackendSpec("backend-4", 2, BackendSpec.UNBOUNDED, 1, 2), now));
      assertThat(result.requestsPerBackend()).as(policy).hasSize(5);
      assertThat(result.requestsPerBackend()[4]).as(policy).isGreaterThan(0);
      assertThat(result.timeSeries().outstanding(result.timeSeries().windows() - 1)).hasSize(5);
    }
  }

  @Test
  void sticky_sendsEverySessionToOneBackendUnlessItLeaves() {
    // with 1-request sessions nothing can be re-dispatched; with long sessions and no fleet change nothing is either
    Scenario scenario = ScenarioLoader.parse(STICKY, "sticky", List.of("sessions.length.mean=1"));
    assertThat(run(scenario, "sticky(inner=random)", (fleet, now) -> fleet.remove(0, now)).redispatched()).isZero();
  }

  @Test
  void everyIssuedRequest_isCompletedRejectedOrStillInFlight() {
    // a small queue limit forces rejections; the end of the run leaves at most (workers + limit) per backend in flight
    Scenario scenario = ScenarioLoader.parse(STICKY, "sticky",
        List.of("backends.queue-limit=1", "sessions.arrival.rate=150/s", "policies=[random]"));
    ReplicationResult result = run(scenario, "random", null);
    assertThat(result.rejected()).isGreaterThan(0);
    long unaccounted = result.issued() - result.completed() - result.rejected();
    assertThat(unaccounted).isBetween(-4L * 3, 4L * 3);
  }

  @Test
  void commonRandomNumbers_giveEveryPolicyTheSameSessionsAndWork() {
    Scenario scenario = ScenarioLoader.parse(STICKY, "crn", List.of());
    ReplicationResult roundRobin = run(scenario, "round-robin", null);
    ReplicationResult leastOutstanding = run(scenario, "least-outstanding", null);
    ReplicationResult slowed = run(scenario, "round-robin", (fleet, now) -> fleet.setSpeed(0, 0.5));
    // requests issued depend only on arrivals, lengths and think times, which the policy cannot change
    // (up to the few requests in flight at the window edges)
    assertThat(Math.abs(roundRobin.issued() - leastOutstanding.issued())).isLessThan(20);
    assertThat(slowed.latency().getMean()).isGreaterThan(roundRobin.latency().getMean());
  }
}
