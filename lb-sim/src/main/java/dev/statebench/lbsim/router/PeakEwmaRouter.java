package dev.statebench.lbsim.router;

import dev.statebench.lbsim.model.FleetView;
import dev.statebench.lbsim.model.RandomStream;
import java.util.Arrays;

/**
 * Peak-EWMA as Finagle defines it ({@code com.twitter.finagle.loadbalancer.PeakEwma} with the power-of-two-choices
 * pick of {@code p2c.P2CPick}; Linkerd 1 uses the same balancer): each backend keeps a cost, a moving average of its
 * latency that is sensitive to peaks. A latency above the cost replaces it at once; below, the cost moves towards it
 * with weight 1 − e^(−Δt/τ), Δt being the time since the cost was last updated. Reading the cost is itself an
 * observation of latency 0, so an idle backend's cost decays towards zero and it is tried again. The load of a
 * backend is cost × (outstanding + 1), or, when it has no latency history yet (cost 0) but requests pending, a
 * penalty (2^47 ns, as Finagle's {@code Long.MaxValue >> 16}) plus the pending count, so a new backend gets one
 * probe at a time until its first response. The pick draws d distinct live backends uniformly (Finagle: two) and
 * takes the least loaded; on a tie the later draw wins, as in Finagle.
 *
 * <p>Differences from Finagle: latency is measured per request from its arrival at the backend to its response
 * (Finagle measures per service acquisition, which for HTTP clients is per request); the outstanding count is the
 * backend's, which equals Finagle's per-client pending count because the simulated fleet has one load balancer;
 * Finagle's health status is not modelled.
 *
 * <p>Options: {@code decay} (τ, default 10 s, Finagle's default), {@code d} (distinct choices, default 2).
 *
 * @see <a href="https://github.com/twitter/finagle/blob/develop/finagle-core/src/main/scala/com/twitter/finagle/loadbalancer/PeakEwma.scala">Finagle PeakEwma.scala</a>
 * @see <a href="https://linkerd.io/2016/03/16/beyond-round-robin-load-balancing-for-latency/">Linkerd, Beyond round robin</a>
 */
final class PeakEwmaRouter implements Router {
  /** The load of a backend with requests pending and no latency history yet, before adding the pending count. */
  static final double PENALTY = Long.MAX_VALUE >> 16;
  private final FleetView fleet;
  private final RandomStream random;
  private final double decayNanos;
  private final int d;
  private final int[] drawn;
  private double[] cost = new double[0];
  private long[] stamp = new long[0];

  PeakEwmaRouter(PolicySpec spec, RouterEnvironment environment) {
    this.fleet = environment.fleet();
    this.random = environment.random();
    this.decayNanos = spec.durationOption("decay", 10_000_000_000L);
    if (!(decayNanos > 0)) {
      throw spec.invalid("decay", "must be positive");
    }
    this.d = spec.intOption("d", 2, 1);
    this.drawn = new int[d];
  }

  @Override
  public int route(RoutingRequest request) {
    ensureCapacity();
    int n = fleet.liveCount();
    int draws = Math.min(d, n);
    int best = -1;
    double bestLoad = Double.POSITIVE_INFINITY;
    for (int k = 0; k < draws; k++) {
      int i;
      do {
        i = random.nextInt(n);
      } while (alreadyDrawn(i, k));
      drawn[k] = i;
      int b = fleet.live(i);
      double load = load(b, request.now());
      if (best < 0 || load <= bestLoad) {
        best = b;
        bestLoad = load;
      }
    }
    return best;
  }

  /** The backend's load at {@code now}; reading decays its cost (an observation of latency 0). */
  double load(int b, long now) {
    observe(b, 0, now);
    int pending = fleet.outstanding(b);
    return cost[b] == 0 && pending != 0 ? PENALTY + pending : cost[b] * (pending + 1);
  }

  @Override
  public void onComplete(int backend, long latencyNanos, long now) {
    ensureCapacity();
    observe(backend, latencyNanos, now);
  }

  private void observe(int b, double latency, long now) {
    double w = Math.exp(-Math.max(now - stamp[b], 0) / decayNanos);
    cost[b] = latency > cost[b] ? latency : cost[b] * w + latency * (1 - w);
    stamp[b] = now;
  }

  private boolean alreadyDrawn(int index, int count) {
    for (int k = 0; k < count; k++) {
      if (drawn[k] == index) {
        return true;
      }
    }
    return false;
  }

  private void ensureCapacity() {
    if (cost.length < fleet.count()) {
      cost = Arrays.copyOf(cost, fleet.count());
      stamp = Arrays.copyOf(stamp, fleet.count());
    }
  }
}
