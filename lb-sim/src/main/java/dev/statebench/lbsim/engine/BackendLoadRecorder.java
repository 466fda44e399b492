package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.metrics.BackendLoad;
import dev.statebench.lbsim.metrics.Utilization;
import java.util.Arrays;

/**
 * Per-backend load after the warm-up: requests routed to each backend (and their rate while it was up), and at the
 * end its busy-worker and outstanding-request time since the warm-up, divided by its live time; plus the fleet's designed and achieved
 * utilization over the same live capacity.
 */
final class BackendLoadRecorder {
  private final Fleet fleet;
  private long[] requests;
  private long[] requestsWhileUp;
  private double[] busyAtStart = new double[0];
  private double[] outstandingAtStart = new double[0];
  private long start;

  BackendLoadRecorder(Fleet fleet) {
    this.fleet = fleet;
    this.requests = new long[fleet.count()];
    this.requestsWhileUp = new long[fleet.count()];
  }

  /** Marks the end of the warm-up: integrals are measured from here. */
  void start(long now) {
    start = now;
    fleet.advanceAll(now);
    busyAtStart = new double[fleet.count()];
    outstandingAtStart = new double[fleet.count()];
    for (int b = 0; b < fleet.count(); b++) {
      busyAtStart[b] = fleet.busyArea(b);
      outstandingAtStart[b] = fleet.outstandingArea(b);
    }
  }

  long start() {
    return start;
  }

  /** A measured request routed to backend {@code b}. */
  void routed(int b) {
    if (b >= requests.length) {
      requests = Arrays.copyOf(requests, fleet.count());
      requestsWhileUp = Arrays.copyOf(requestsWhileUp, fleet.count());
    }
    requests[b]++;
    if (fleet.isUp(b)) {
      requestsWhileUp[b]++;
    }
  }

  /**
   * The per-backend load from the warm-up's end to {@code end}.
   *
   * @param offeredWork CPU work the scenario offers over that interval, in nanoseconds at speed 1 (for the designed
   *     utilization)
   */
  Result finish(long end, double offeredWork) {
    fleet.advanceAll(end);
    int n = fleet.count();
    double[] perBackendRequests = new double[n];
    double[] utilization = new double[n];
    double[] outstanding = new double[n];
    double[] liveSeconds = new double[n];
    double[] upRates = new double[n];
    int up = 0;
    busyAtStart = Arrays.copyOf(busyAtStart, n);
    outstandingAtStart = Arrays.copyOf(outstandingAtStart, n);
    double busyWork = 0;
    double capacity = 0;
    for (int b = 0; b < n; b++) {
      long live = fleet.liveNanos(b, start, end);
      double busy = fleet.busyArea(b) - busyAtStart[b];
      perBackendRequests[b] = b < requests.length ? requests[b] : 0;
      liveSeconds[b] = live / 1e9;
      long upNanos = fleet.upNanos(b, start, end);
      if (upNanos > 0) {
        upRates[up++] = (b < requestsWhileUp.length ? requestsWhileUp[b] : 0) / (upNanos / 1e9);
      }
      utilization[b] = live > 0 ? busy / live / fleet.workers(b) : 0;
      outstanding[b] = live > 0 ? (fleet.outstandingArea(b) - outstandingAtStart[b]) / live : 0;
      busyWork += busy * fleet.nominalSpeed(b);
      capacity += (double) live * fleet.workers(b) * fleet.nominalSpeed(b);
    }
    Utilization fleetUtilization = new Utilization(capacity > 0 ? offeredWork / capacity : 0,
        capacity > 0 ? busyWork / capacity : 0);
    return new Result(new BackendLoad(perBackendRequests, utilization, outstanding, liveSeconds,
        Arrays.copyOf(upRates, up)), fleetUtilization);
  }

  /** The per-backend load and the fleet's utilization. */
  record Result(BackendLoad load, Utilization utilization) {}
}
