package dev.statebench.lbsim.router;

import dev.statebench.lbsim.engine.BackendSpec;
import dev.statebench.lbsim.engine.Fleet;
import dev.statebench.lbsim.model.RandomStream;

/** Builds fleets and routers for router tests. */
final class Fleets {
  private Fleets() {}

  static Fleet of(int backends) {
    Fleet fleet = new Fleet();
    for (int b = 0; b < backends; b++) {
      fleet.add(new BackendSpec("backend-" + b, 1, BackendSpec.UNBOUNDED, 1, 1), 0);
    }
    return fleet;
  }

  static Router router(String policy, Fleet fleet) {
    return RouterRegistry.create(PolicySpec.parse(policy, "test"), new RouterEnvironment(fleet, new RandomStream(9), 77));
  }

  /** Routes a session whose id and client address are both {@code key}. */
  static int route(Router router, long key) {
    RoutingRequest request = new RoutingRequest();
    request.reset(key, key, -1);
    return router.route(request);
  }
}
