package dev.statebench.lbsim.router;

import dev.statebench.lbsim.model.FleetView;

/** HAProxy {@code roundrobin} / Envoy {@code ROUND_ROBIN} without weights: each live backend in turn. */
final class RoundRobinRouter implements Router {
  private final FleetView fleet;
  private int next;

  RoundRobinRouter(RouterEnvironment environment) {
    this.fleet = environment.fleet();
  }

  @Override
  public int route(RoutingRequest request) {
    if (next >= fleet.liveCount()) {
      next = 0;
    }
    return fleet.live(next++);
  }
}
