package dev.statebench.lbsim.router;

import dev.statebench.lbsim.model.FleetView;
import dev.statebench.lbsim.model.RandomStream;

/**
 * Uniform random choice (Envoy {@code RANDOM}). With Poisson arrivals it splits the stream into independent
 * Poisson streams, so each backend is an M/G/c queue of its own: the baseline of the supermarket model.
 */
final class RandomRouter implements Router {
  private final FleetView fleet;
  private final RandomStream random;

  RandomRouter(RouterEnvironment environment) {
    this.fleet = environment.fleet();
    this.random = environment.random();
  }

  @Override
  public int route(RoutingRequest request) {
    return fleet.live(random.nextInt(fleet.liveCount()));
  }
}
