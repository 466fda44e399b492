package dev.statebench.lbsim.router;

import dev.statebench.lbsim.model.FleetView;
import dev.statebench.lbsim.model.RandomStream;

/**
 * Join the shortest queue by a full scan: the live backend with the fewest outstanding requests, ties broken
 * uniformly at random. The d → n limit of power-of-d-choices; unweighted, so with equal backends it is the
 * classical JSQ of queueing theory.
 */
final class JoinShortestQueueRouter implements Router {
  private final FleetView fleet;
  private final RandomStream random;

  JoinShortestQueueRouter(RouterEnvironment environment) {
    this.fleet = environment.fleet();
    this.random = environment.random();
  }

  @Override
  public int route(RoutingRequest request) {
    int best = -1;
    int bestLoad = Integer.MAX_VALUE;
    int ties = 0;
    for (int i = 0, n = fleet.liveCount(); i < n; i++) {
      int b = fleet.live(i);
      int load = fleet.outstanding(b);
      if (load < bestLoad) {
        bestLoad = load;
        best = b;
        ties = 1;
      } else if (load == bestLoad && random.nextInt(++ties) == 0) {
        best = b;
      }
    }
    return best;
  }
}
