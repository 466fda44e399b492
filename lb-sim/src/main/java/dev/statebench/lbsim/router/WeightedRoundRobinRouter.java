package dev.statebench.lbsim.router;

import dev.statebench.lbsim.model.FleetView;
import java.util.Arrays;

/**
 * Smooth weighted round-robin (nginx's algorithm): every pick adds each live backend's weight to its credit, takes
 * the backend with the most credit and charges it the total weight. Over any window of W = Σ weights picks each
 * backend is chosen in proportion to its weight, and the picks are interleaved rather than bunched. Weights come
 * from {@code backends.weight} (default workers × speed).
 */
final class WeightedRoundRobinRouter implements Router {
  private final FleetView fleet;
  private double[] credit = new double[0];

  WeightedRoundRobinRouter(RouterEnvironment environment) {
    this.fleet = environment.fleet();
  }

  @Override
  public int route(RoutingRequest request) {
    if (credit.length < fleet.count()) {
      credit = Arrays.copyOf(credit, fleet.count());
    }
    double total = 0;
    int best = -1;
    for (int i = 0; i < fleet.liveCount(); i++) {
      int b = fleet.live(i);
      double weight = fleet.weight(b);
      credit[b] += weight;
      total += weight;
      if (best < 0 || credit[b] > credit[best]) {
        best = b;
      }
    }
    credit[best] -= total;
    return best;
  }
}
