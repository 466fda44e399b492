package dev.statebench.lbsim.router;

/**
 * A load-balancing policy: picks the backend for each request. One class per policy, registered by name in
 * {@link RouterRegistry}; options come from the scenario ({@code p2c(d=3)}).
 *
 * <p>A router reads the fleet it was built with ({@link RouterEnvironment#fleet()}) and must return a backend that
 * is up. When the fleet's membership changes ({@link dev.statebench.lbsim.model.FleetView#membershipVersion()}),
 * table-based routers rebuild their tables before the next decision.
 */
public interface Router {

  /**
   * What {@link #route} returns when no backend can take the request (every backend is down and the session has no
   * valid pin to a draining one): the engine rejects the request as HAProxy answers 503. The engine never asks a
   * router to route when no backend is live and the session is not pinned, so only pinning routers return it.
   */
  int NO_BACKEND = -1;

  /** Returns the number of the backend that serves this request. */
  int route(RoutingRequest request);

  /** Called when a request routed to {@code backend} completes, with its time in system (for latency-aware policies). */
  default void onComplete(int backend, long latencyNanos, long now) {}

  /** Checks the policy's invariants at the end of a run; throws {@link IllegalStateException} when one is broken. */
  default void finished() {}
}
