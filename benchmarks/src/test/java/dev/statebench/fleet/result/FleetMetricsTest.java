package dev.statebench.fleet.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.statebench.fleet.client.RequestKind;
import dev.statebench.fleet.client.RequestRecord;
import dev.statebench.fleet.scenario.Distribution;
import dev.statebench.fleet.scenario.FleetScenario;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FleetMetricsTest {
  private static final long S = 1_000_000_000L;
  private static final long MS = 1_000_000L;

  @Test
  void log_isReducedToTheSimulatorsMetrics_afterTheWarmup() {
    FleetScenario scenario = new FleetScenario("t", dev.statebench.results.sim.SimVariant.NONE, 1, 10 * S, 10 * S, 2, 1, Distribution.fixed(MS), 1,
        Distribution.fixed(3), Distribution.fixed(0), 0, List.of("sticky"), "local", 50 * MS, List.of(), 0, 0, Map.of());
    List<RequestRecord> records = List.of(
        // Warm-up: not counted.
        new RequestRecord(9, RequestKind.LOGIN, 1 * S, 1 * S + 5 * MS, 200, "i0", false),
        new RequestRecord(9, RequestKind.WORK, 2 * S, 2 * S + 5 * MS, 200, "i0", false),
        // Session 1: two requests on i0.
        new RequestRecord(1, RequestKind.LOGIN, 11 * S, 11 * S + 50 * MS, 200, "i0", false),
        new RequestRecord(1, RequestKind.WORK, 12 * S, 12 * S + 10 * MS, 200, "i0", false),
        new RequestRecord(1, RequestKind.WORK, 13 * S, 13 * S + 10 * MS, 200, "i0", false),
        // Session 2: lost its state, logged in again on i1 (the re-login is part of the request's latency).
        new RequestRecord(2, RequestKind.LOGIN, 11 * S, 11 * S + 50 * MS, 200, "i1", false),
        new RequestRecord(2, RequestKind.RELOGIN, 14 * S + 2 * MS, 14 * S + 52 * MS, 200, "i1", false),
        new RequestRecord(2, RequestKind.WORK, 14 * S, 14 * S + 60 * MS, 200, "i1", true),
        // A request that got no response.
        new RequestRecord(2, RequestKind.WORK, 15 * S, 15 * S + 30 * MS, 0, "", false));
    Map<String, long[]> live = Map.of("i0", new long[] {0, 20 * S}, "i1", new long[] {0, 20 * S});

    PolicyOutcome outcome = FleetMetrics.compute(
        new RunObservation(scenario, "sticky", List.of("i0", "i1"), live, List.of(), -1, -1, records));

    Map<String, Double> m = outcome.metrics();
    assertThat(m.get("requests.issued")).isEqualTo(4);
    assertThat(m.get("requests.completed")).isEqualTo(3);
    assertThat(m.get("requests.failed")).isEqualTo(1);
    assertThat(m.get("requests.login")).isEqualTo(1);
    assertThat(m.get("sessions.lost")).isEqualTo(1);
    assertThat(m.get("sessions.opened")).isEqualTo(2);
    // 2 requests on i0 and 1 on i1 over 10 live seconds each: rates 0.2 and 0.1, max/mean = 0.2/0.15.
    assertThat(outcome.requestsPerInstance()).containsExactly(2.0, 1.0);
    assertThat(m.get("skew.requests.max_over_mean")).isCloseTo(4.0 / 3, within(1e-9));
    assertThat(m.get("latency_ms.max")).isCloseTo(60, within(0.1));
  }

  @Test
  void liveSessions_areThoseStartedBeforeAndAnsweredAfterTheMoment() {
    List<RequestRecord> records = List.of(
        new RequestRecord(1, RequestKind.LOGIN, 1 * S, 2 * S, 200, "i0", false),
        new RequestRecord(1, RequestKind.WORK, 4 * S, 6 * S, 200, "i0", false),
        new RequestRecord(2, RequestKind.LOGIN, 1 * S, 2 * S, 200, "i0", false),
        new RequestRecord(3, RequestKind.LOGIN, 7 * S, 8 * S, 200, "i0", false));

    assertThat(FleetMetrics.liveSessionsAt(records, 5 * S)).isEqualTo(1);
  }
}
