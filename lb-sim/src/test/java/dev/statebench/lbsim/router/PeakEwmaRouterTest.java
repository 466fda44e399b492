package dev.statebench.lbsim.router;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.lbsim.engine.Fleet;
import dev.statebench.lbsim.engine.FleetLoads;
import org.junit.jupiter.api.Test;

/** Peak-EWMA against Finagle's definition (PeakEwma.scala with the P2C pick). */
class PeakEwmaRouterTest {
  private static final long SECOND = 1_000_000_000L;

  private static int route(Router router, long now) {
    RoutingRequest request = new RoutingRequest();
    request.reset(1, 1, -1, 0, 0, now);
    return router.route(request);
  }

  @Test
  void twoChoices_areTwoDistinctBackends() {
    // backend 0 answered in 100 ms, backend 1 in 1 ms, both at t = 0: with two distinct draws out of two backends
    // both are always compared and backend 1 always wins; drawing with replacement would pick backend 0 whenever it
    // is drawn twice (1/4 of the time)
    Fleet fleet = Fleets.of(2);
    Router router = Fleets.router("peak-ewma", fleet);
    router.onComplete(0, 100_000_000L, 0);
    router.onComplete(1, 1_000_000L, 0);
    for (int i = 0; i < 1000; i++) {
      assertThat(route(router, 0)).isEqualTo(1);
    }
  }

  @Test
  void cost_decaysWhenRead_soAnIdleBackendIsTriedAgain() {
    // τ = 10 s. Backend 0 answered once in 100 ms at t = 0 and was never used again; backend 1 answers in 10 ms every
    // second up to t = 100 s. Read at t = 100 s, backend 0's cost is 100 ms × e^(−100/10) = 4.5 µs < 10 ms, so it is
    // chosen (a cost that decays only when a response arrives would stay at 100 ms and never be retried)
    Fleet fleet = Fleets.of(2);
    Router router = Fleets.router("peak-ewma(decay=10s)", fleet);
    router.onComplete(0, 100_000_000L, 0);
    for (long t = 0; t <= 100; t++) {
      router.onComplete(1, 10_000_000L, t * SECOND);
    }
    assertThat(route(router, 100 * SECOND)).isEqualTo(0);
  }

  @Test
  void backendWithPendingRequestsAndNoHistory_isPenalised() {
    // backend 0 is new (cost 0) with one request pending: load = penalty + 1 = 2^47 + 1 ns; backend 1 has cost 1 ms
    // and five pending: 1 ms × 6 = 6 ms, far less, so backend 1 is chosen (cost × (pending + 1) alone would give
    // backend 0 a load of 0 and send it every request until its first response)
    Fleet fleet = Fleets.of(2);
    Router router = Fleets.router("peak-ewma", fleet);
    router.onComplete(1, 1_000_000L, 0);
    FleetLoads.addOutstanding(fleet, 0, 1);
    FleetLoads.addOutstanding(fleet, 1, 5);
    assertThat(route(router, 0)).isEqualTo(1);
    // with nothing pending the new backend's load is 0 × 1 = 0: it gets its first probe
    FleetLoads.addOutstanding(fleet, 0, -1);
    assertThat(route(router, 0)).isEqualTo(0);
  }
}
