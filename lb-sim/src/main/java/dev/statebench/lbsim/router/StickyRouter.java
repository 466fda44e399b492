package dev.statebench.lbsim.router;

import dev.statebench.lbsim.engine.Fleet;

/**
 * Cookie affinity (HAProxy {@code cookie SRV insert}, ALB stickiness): a session's first request is placed by the
 * inner policy and pins the session to that backend; later requests go to the pinned backend. When the pinned
 * backend has left the fleet the request is re-dispatched by the inner policy, re-pinned, and counted. A draining
 * backend still serves the sessions pinned to it.
 *
 * <p>Options: {@code inner} (a policy, default {@code round-robin}); {@code cookie} (the affinity cookie's lifetime,
 * like ALB's stickiness duration: a request whose pin is older is placed afresh by the inner policy and re-pinned;
 * default: the cookie lives as long as the session).
 */
final class StickyRouter implements Router {
  private final Fleet fleet;
  private final Router inner;
  private final long cookieNanos;

  StickyRouter(PolicySpec spec, RouterEnvironment environment) {
    this.fleet = environment.fleet();
    this.inner = RouterRegistry.create(spec.policyOption("inner", "round-robin"), environment);
    this.cookieNanos = spec.durationOption("cookie", 0);
  }

  @Override
  public int route(RoutingRequest request) {
    int pinned = request.pinnedBackend();
    if (pinned >= 0) {
      if (fleet.acceptsPinned(pinned) && (cookieNanos == 0 || request.now() - request.pinnedAt() < cookieNanos)) {
        return pinned;
      }
      if (!fleet.acceptsPinned(pinned)) {
        request.markRedispatched();
      }
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
