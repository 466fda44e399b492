package dev.statebench.lbsim.router;

import dev.statebench.lbsim.model.FleetView;
import dev.statebench.lbsim.model.Mix64;

/**
 * HAProxy {@code balance source} with the default map-based hashing: {@code hash(client address) mod n} over the
 * live backends. Even, but not consistent: changing n moves about n/(n+1) of the clients.
 */
final class SourceHashRouter implements Router {
  private final FleetView fleet;
  private final long seed;

  SourceHashRouter(RouterEnvironment environment) {
    this.fleet = environment.fleet();
    this.seed = environment.hashSeed();
  }

  @Override
  public int route(RoutingRequest request) {
    long h = Mix64.hash(request.clientAddress(), seed);
    return fleet.live((int) Long.remainderUnsigned(h, fleet.liveCount()));
  }
}
