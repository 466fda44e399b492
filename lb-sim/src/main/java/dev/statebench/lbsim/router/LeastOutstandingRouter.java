package dev.statebench.lbsim.router;

import dev.statebench.lbsim.model.FleetView;

/**
 * Least connections (HAProxy {@code leastconn}): the live backend with the fewest outstanding requests per unit of
 * weight. Ties go to the first candidate in a rotating scan, so equal backends share the load round-robin instead
 * of the lowest number taking every tie.
 */
final class LeastOutstandingRouter implements Router {
  private final FleetView fleet;
  private int start;

  LeastOutstandingRouter(RouterEnvironment environment) {
    this.fleet = environment.fleet();
  }

  @Override
  public int route(RoutingRequest request) {
    int n = fleet.liveCount();
    if (start >= n) {
      start = 0;
    }
    int best = -1;
    double bestLoad = Double.POSITIVE_INFINITY;
    for (int k = 0, i = start; k < n; k++, i = (i + 1 == n) ? 0 : i + 1) {
      int b = fleet.live(i);
      double load = fleet.outstanding(b) / fleet.weight(b);
      if (load < bestLoad) {
        bestLoad = load;
        best = b;
      }
    }
    start++;
    return best;
  }
}
