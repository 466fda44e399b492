package dev.statebench.lbsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statebench.lbsim.metrics.EventRecord;
import dev.statebench.lbsim.metrics.ReplicationResult;
import dev.statebench.lbsim.router.Router;
import dev.statebench.lbsim.scenario.ScenarioLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Kills, drains, deploys, slow-downs: what they fail and lose, and the invariants that hold throughout. */
class FleetEventsTest {
  private static final String FLEET = """
      seed: 21
      warmup: 100s
      duration: 60s
      backends: {count: 8, workers: 4, service: {dist: exponential, mean: 2ms}}
      sessions:
        arrival: {dist: poisson, rate: 100/s}
        length: {dist: geometric, mean: 40}
        think: {dist: exponential, mean: 500ms}
      state: {model: local}
      policies: [sticky(inner=random)]
      events: [{at: 120s, kill: 5}]
      report: {window: 5s}
      """;

  @Test
  void killingOneOfEight_losesAboutAnEighthOfLiveLocalSessions_andTheirUsersLogInAgain() {
    double lostFraction = 0;
    for (int replication = 0; replication < 3; replication++) {
      ReplicationResult result = Runs.run(FLEET, "sticky(inner=random)", replication);
      EventRecord kill = result.fleetEvents().get(0);
      assertThat(kill.label()).isEqualTo("kill backend-5");
      assertThat(kill.liveSessions()).isGreaterThan(1000);
      lostFraction += kill.sessionsLost() / (double) kill.liveSessions() / 3;
      assertThat(result.outcomes().sessionsLost()).isEqualTo(kill.sessionsLost());
      // every lost session whose user comes back logs in once (a session whose last request failed does not)
      assertThat(result.outcomes().logins()).isBetween((long) (0.9 * kill.sessionsLost()), kill.sessionsLost());
      assertThat(result.outcomes().failed()).isEqualTo(kill.requestsFailed());
    }
    // binomial(live, 1/8): with ~2,000 live sessions per replication the fraction has a standard deviation ≈ 0.004
    assertThat(lostFraction).isBetween(0.125 - 0.02, 0.125 + 0.02);
  }

  @Test
  void killingOneOfEight_losesNoSessionsOfSharedStoreOrTokenState() {
    for (String state : List.of("{model: redis}", "{model: sql}", "{model: jwt, algorithm: RS256}")) {
      for (String policy : List.of("sticky(inner=random)", "p2c(d=2)")) {
        ReplicationResult result = Runs.run(FLEET, policy, 0, "state=" + state, "policies=[" + policy + "]");
        assertThat(result.fleetEvents().get(0).sessionsLost()).as(state + " " + policy).isZero();
        assertThat(result.outcomes().sessionsLost()).as(state + " " + policy).isZero();
        assertThat(result.outcomes().logins()).as(state + " " + policy).isZero();
      }
    }
  }

  @Test
  void everyRequest_isCompletedFailedRejectedOrInFlight_throughKillsDrainsDeploysAndRejections() {
    // the engine checks the balance at the end of every run and throws otherwise; this run exercises every path
    String[] overrides = {"backends.queue-limit=3", "sessions.arrival.rate=190/s",
        "events=[{at: 105s, kill: 1}, {at: 110s, drain: 2, deadline: 10s}, {at: 112s, slow: 3, speed: 0.2, for: 20s},"
            + " {at: 115s, add: 2, slow-start: 10s}, {at: 120s, rolling-deploy: {surge: 2, pace: 5s, deadline: 3s}}]"};
    long failed = 0;
    long rejected = 0;
    for (String policy : List.of("sticky(inner=least-outstanding)", "round-robin", "ring-hash", "maglev(table=1009)",
        "p2c(d=2)", "bounded-load(factor=1.25)")) {
      ReplicationResult result = Runs.run(FLEET, policy, 0, overrides);
      assertThat(result.account().balances()).as(policy).isTrue();
      assertThat(result.account().issued()).as(policy)
          .isEqualTo(result.account().completed() + result.account().failed() + result.account().rejected()
              + result.account().inFlight());
      failed += result.account().failed();
      rejected += result.account().rejected();
      assertThat(result.outcomes().logins()).as(policy).isPositive();
    }
    assertThat(failed).isPositive();
    assertThat(rejected).isPositive();
  }

  @Test
  void drain_keepsPinnedSessionsUntilItsDeadlineThenLosesTheRest() {
    ReplicationResult result = Runs.run(FLEET, "sticky(inner=random)", 0,
        "events=[{at: 110s, drain: 4, deadline: 20s}]");
    List<EventRecord> events = result.fleetEvents();
    assertThat(events).extracting(EventRecord::label).containsExactly("drain backend-4", "drain deadline backend-4");
    assertThat(events.get(1).timeNanos() - events.get(0).timeNanos()).isEqualTo(20_000_000_000L);
    // sessions last ~20 s: many pinned ones end during the grace period, the rest are lost at the deadline
    assertThat(events.get(0).sessionsLost()).isZero();
    long pinnedAtDrain = events.get(0).liveSessions() / 8;
    assertThat(events.get(1).sessionsLost()).isPositive().isLessThan(pinnedAtDrain);
    // the draining backend still serves its pinned sessions: it is busy in the windows after the drain starts
    assertThat(result.timeSeries().requests(110 / 5 + 1)[4]).isPositive();
    assertThat(result.timeSeries().requests(130 / 5 + 1)[4]).isZero();
  }

  @Test
  void aPolicyRoutingToADeadBackend_isCaughtOnTheSpot() {
    SimulationConfig config = ScenarioLoader.parse(FLEET, "test", List.of()).config();
    Router stubborn = request -> 5;
    Simulation simulation = new Simulation(config, env -> stubborn, 0, f -> { });
    assertThatThrownBy(simulation::run).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("routed to backend 5, which is not up");
  }

  @Test
  void slowBackend_isRoutedAroundByLeastOutstandingButNotByRoundRobin() {
    String[] slow = {"state={model: none}", "events=[{at: 100s, slow: 0, speed: 0.2}]"};
    ReplicationResult roundRobin = Runs.run(FLEET, "round-robin", 0, slow);
    ReplicationResult leastOutstanding = Runs.run(FLEET, "least-outstanding", 0, slow);
    double rrShare = roundRobin.requestsPerBackend()[0] / sum(roundRobin.requestsPerBackend());
    double loShare = leastOutstanding.requestsPerBackend()[0] / sum(leastOutstanding.requestsPerBackend());
    assertThat(rrShare).isCloseTo(1 / 8.0, org.assertj.core.data.Offset.offset(0.005));
    assertThat(loShare).isLessThan(rrShare * 0.6);
  }

  private static double sum(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }
}
