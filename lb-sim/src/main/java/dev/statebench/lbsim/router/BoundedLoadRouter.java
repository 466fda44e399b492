package dev.statebench.lbsim.router;

import dev.statebench.lbsim.model.FleetView;
import dev.statebench.lbsim.model.Mix64;

/**
 * Consistent hashing with bounded loads (Mirrokni, Thorup and Zadimoghaddam, SODA 2018; HAProxy
 * {@code hash-balance-factor}, Envoy {@code hash_balance_factor}): a key goes to its consistent-hash backend unless
 * that backend would then hold more than ⌈factor × (outstanding + 1) / n⌉ requests, in which case it walks on along
 * the ring (or Maglev table) to the first backend with room. The bound is checked on every assignment.
 *
 * <p>Follows the paper's rule (the bound counts the request being placed, over all live backends). Differences from
 * Envoy's {@code hash_balance_factor} (in {@code source/common/upstream/thread_aware_lb_impl.cc}): Envoy weighs the
 * bound by host weight, counts active requests per host as seen by one worker thread's load balancer, and gives up
 * after one pass over the hosts; HAProxy's {@code hash-balance-factor} counts connections. With one load balancer and
 * equal weights the three agree.
 *
 * <p>Options: {@code inner} ({@code ring-hash} or {@code maglev} with their own options, default
 * {@code ring-hash}), {@code factor} (c &gt; 1, default 1.25).
 *
 * @see <a href="https://arxiv.org/abs/1608.01350">Mirrokni, Thorup, Zadimoghaddam 2018</a>
 */
final class BoundedLoadRouter implements Router {
  private final FleetView fleet;
  private final long seed;
  private final HashWalk inner;
  private final double factor;

  BoundedLoadRouter(PolicySpec spec, RouterEnvironment environment) {
    this.fleet = environment.fleet();
    this.seed = environment.hashSeed();
    PolicySpec innerSpec = spec.policyOption("inner", "ring-hash");
    if (!innerSpec.name().equals("ring-hash") && !innerSpec.name().equals("maglev")) {
      throw spec.invalid("inner", "must be ring-hash or maglev, not '" + innerSpec.name() + "'");
    }
    this.inner = (HashWalk) RouterRegistry.create(innerSpec, environment);
    this.factor = spec.doubleOption("factor", 1.25, 1.0);
  }

  @Override
  public int route(RoutingRequest request) {
    long capacity = capacity(fleet.totalOutstanding(), fleet.liveCount(), factor);
    long keyHash = Mix64.hash(inner.key().of(request), seed);
    int steps = inner.walkLength();
    for (int attempt = 0; attempt < steps; attempt++) {
      int b = inner.candidate(keyHash, attempt);
      if (fleet.outstanding(b) + 1 <= capacity) {
        return b;
      }
    }
    throw new IllegalStateException("bounded-load: no backend below the bound " + capacity
        + " after a full walk (outstanding " + fleet.totalOutstanding() + ", backends " + fleet.liveCount() + ")");
  }

  /** The most requests one backend may hold after the next assignment: ⌈factor × (total + 1) / n⌉. */
  static long capacity(long totalOutstanding, int liveBackends, double factor) {
    return (long) Math.ceil(factor * (totalOutstanding + 1) / liveBackends);
  }
}
