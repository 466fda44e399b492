package dev.statebench.lbsim.router;

import dev.statebench.lbsim.engine.Fleet;

/**
 * Cookie affinity (HAProxy {@code cookie SRV insert}, ALB stickiness): a session's first request is placed by the
 * inner policy and pins the session to that backend; later requests go to the pinned backend. When the pinned
 * backend has left the fleet the request is re-dispatched by the inner policy, re-pinned, and counted.
 *
 * <p>Option: {@code inner} (a policy, default {@code round-robin}).
 */
final class StickyRouter implements Router {
  private final Fleet fleet;
  private final Router inner;

  StickyRouter(PolicySpec spec, RouterEnvironment environment) {
    this.fleet = environment.fleet();
    this.inner = RouterRegistry.create(spec.policyOption("inner", "round-robin"), environment);
  }

  @Override
  public int route(RoutingRequest request) {
    int pinned = request.pinnedBackend();
    if (pinned >= 0) {
      if (fleet.isUp(pinned)) {
        return pinned;
      }
      request.markRedispatched();
    }
    int chosen = inner.route(request);
    request.pin(chosen);
    return chosen;
  }

  @Override
  public void onComplete(int backend, long latencyNanos, long now) {
    inner.onComplete(backend, latencyNanos, now);
  }

  @Override
  public void finished() {
    inner.finished();
  }
}
