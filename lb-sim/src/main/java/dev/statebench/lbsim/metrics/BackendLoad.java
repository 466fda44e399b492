package dev.statebench.lbsim.metrics;

/**
 * Per-backend load of one replication after the warm-up, each quantity over the backend's own live time (from when
 * it joined, or the warm-up's end, to when it stopped accepting requests, or the run's end), so a backend added or
 * removed mid-run is compared with the others on equal terms.
 *
 * @param requests requests routed to each backend (a count)
 * @param utilization busy workers / workers, averaged over the backend's live time
 * @param outstanding outstanding requests averaged over the backend's live time
 * @param liveSeconds each backend's live time within the measured interval
 * @param requestRates for each backend that was up (taking new sessions) in the interval, the requests routed to it
 *     while up per second of that time: a draining backend receives only its pinned sessions, so its drain time is
 *     left out of how evenly the policy spreads new work
 */
public record BackendLoad(double[] requests, double[] utilization, double[] outstanding, double[] liveSeconds,
    double[] requestRates) {

  /** Utilization of each backend live in the interval. */
  public double[] liveUtilization() {
    return onlyLive(utilization);
  }

  /** Time-averaged outstanding requests of each backend live in the interval. */
  public double[] liveOutstanding() {
    return onlyLive(outstanding);
  }

  private int liveCount() {
    int n = 0;
    for (double s : liveSeconds) {
      if (s > 0) {
        n++;
      }
    }
    return n;
  }

  private double[] onlyLive(double[] values) {
    double[] live = new double[liveCount()];
    for (int b = 0, i = 0; b < values.length; b++) {
      if (liveSeconds[b] > 0) {
        live[i++] = values[b];
      }
    }
    return live;
  }
}
