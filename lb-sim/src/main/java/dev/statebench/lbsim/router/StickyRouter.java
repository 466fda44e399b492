package dev.statebench.lbsim.router;

import dev.statebench.lbsim.model.FleetView;

/**
 * Cookie affinity as HAProxy's {@code cookie SRV insert} with {@code maxlife} and {@code maxidle} (and ALB's
 * duration-based stickiness): a session's first request is placed by the inner policy and pins the session to that
 * backend by a cookie; later requests carrying a valid cookie go to the pinned backend. Every placement issues a new
 * cookie, also when the inner policy picks the backend the session already had, so its lifetime counts from the
 * latest placement. A cookie is valid while it is younger than {@code cookie} (HAProxy {@code maxlife}: counted
 * from the cookie's first date) and, when {@code idle} is set, while the session's previous request was less than
 * {@code idle} ago (HAProxy {@code maxidle}: counted from the cookie's last-seen date). When the pinned backend has
 * left the fleet the request is re-dispatched by the inner policy, re-pinned, and counted. A draining backend still
 * serves the sessions pinned to it; with no live backend left and no valid pin, the request has nowhere to go
 * ({@link Router#NO_BACKEND}, HAProxy's 503).
 *
 * <p>Options: {@code inner} (a policy, default {@code round-robin}); {@code cookie} (the cookie's lifetime; default:
 * as long as the session); {@code idle} (the cookie's idle timeout; default: none).
 *
 * @see <a href="https://docs.haproxy.org/2.8/configuration.html#4.2-cookie">HAProxy cookie (maxidle, maxlife)</a>
 */
final class StickyRouter implements Router {
  private final FleetView fleet;
  private final Router inner;
  private final long cookieNanos;
  private final long idleNanos;

  StickyRouter(PolicySpec spec, RouterEnvironment environment) {
    this.fleet = environment.fleet();
    this.inner = RouterRegistry.create(spec.policyOption("inner", "round-robin"), environment);
    this.cookieNanos = spec.durationOption("cookie", 0);
    this.idleNanos = spec.durationOption("idle", 0);
  }

  @Override
  public int route(RoutingRequest request) {
    int pinned = request.pinnedBackend();
    if (pinned >= 0) {
      boolean valid = (cookieNanos == 0 || request.now() - request.pinnedAt() < cookieNanos)
          && (idleNanos == 0 || request.now() - request.lastSeen() < idleNanos);
      if (fleet.acceptsPinned(pinned) && valid) {
        return pinned;
      }
      if (!fleet.acceptsPinned(pinned)) {
        request.markRedispatched();
      }
    }
    if (fleet.liveCount() == 0) {
      return NO_BACKEND;
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
