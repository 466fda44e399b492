package dev.statebench.lbsim.router;

import dev.statebench.lbsim.engine.Fleet;
import dev.statebench.lbsim.engine.RandomStream;
import java.util.Arrays;

/**
 * Finagle's peak-EWMA balancer: power of two choices where a backend's cost is its peak-sensitive moving average
 * of latency times (outstanding + 1). A latency above the average replaces it at once (the peak); below, the
 * average decays towards it with time constant {@code decay} (default 10 s, Finagle's default), so a backend that
 * turns slow is avoided immediately and a recovered one is trusted again gradually.
 *
 * <p>Options: {@code decay} (duration), {@code d} (choices, default 2).
 *
 * @see <a href="https://linkerd.io/2016/03/16/beyond-round-robin-load-balancing-for-latency/">Linkerd, Beyond round robin</a>
 */
final class PeakEwmaRouter implements Router {
  private final Fleet fleet;
  private final RandomStream random;
  private final double decayNanos;
  private final int d;
  private double[] ewma = new double[0];
  private long[] stamp = new long[0];

  PeakEwmaRouter(PolicySpec spec, RouterEnvironment environment) {
    this.fleet = environment.fleet();
    this.random = environment.random();
    this.decayNanos = spec.durationOption("decay", 10_000_000_000L);
    this.d = spec.intOption("d", 2, 1);
  }

  @Override
  public int route(RoutingRequest request) {
    ensureCapacity();
    int n = fleet.liveCount();
    int best = -1;
    double bestCost = Double.POSITIVE_INFINITY;
    for (int k = 0; k < d; k++) {
      int b = fleet.live(random.nextInt(n));
      // +1 ns keeps the outstanding count decisive before any latency has been observed
      double cost = (ewma[b] + 1) * (fleet.outstanding(b) + 1);
      if (cost < bestCost) {
        bestCost = cost;
        best = b;
      }
    }
    return best;
  }

  @Override
  public void onComplete(int backend, long latencyNanos, long now) {
    ensureCapacity();
    double previous = ewma[backend];
    if (latencyNanos > previous) {
      ewma[backend] = latencyNanos;
    } else {
      double w = Math.exp(-(now - stamp[backend]) / decayNanos);
      ewma[backend] = previous * w + latencyNanos * (1 - w);
    }
    stamp[backend] = now;
  }

  private void ensureCapacity() {
    if (ewma.length < fleet.count()) {
      ewma = Arrays.copyOf(ewma, fleet.count());
      stamp = Arrays.copyOf(stamp, fleet.count());
    }
  }
}
