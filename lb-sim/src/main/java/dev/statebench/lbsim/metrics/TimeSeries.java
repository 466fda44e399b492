package dev.statebench.lbsim.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-window, per-backend load for plots: the time-averaged outstanding requests, the utilization (busy workers /
 * workers), the requests routed, the live sessions with affinity to every backend (at the window's end) and the
 * fraction of the window each backend was live in each window of {@code windowNanos}, plus the fleet-wide login
 * requests and failed requests per window; from time 0 (the warm-up included, so fleet events early in a run are
 * visible). Outstanding requests and utilization are averaged over the whole window.
 */
public final class TimeSeries {
  private final long windowNanos;
  private final List<double[]> outstanding = new ArrayList<>();
  private final List<double[]> utilization = new ArrayList<>();
  private final List<double[]> requests = new ArrayList<>();
  private final List<double[]> sessions = new ArrayList<>();
  private final List<double[]> live = new ArrayList<>();
  private final List<double[]> fleetCounts = new ArrayList<>();

  public TimeSeries(long windowNanos) {
    this.windowNanos = windowNanos;
  }

  /**
   * @param liveFractionPerBackend the fraction of the window each backend was live
   * @param logins login requests issued in the window
   * @param failed requests failed in the window
   */
  public void add(double[] outstandingPerBackend, double[] utilizationPerBackend, double[] requestsPerBackend,
      double[] sessionsPerBackend, double[] liveFractionPerBackend, double logins, double failed) {
    live.add(liveFractionPerBackend);
    outstanding.add(outstandingPerBackend);
    utilization.add(utilizationPerBackend);
    requests.add(requestsPerBackend);
    sessions.add(sessionsPerBackend);
    fleetCounts.add(new double[] {logins, failed});
  }

  public long windowNanos() {
    return windowNanos;
  }

  public int windows() {
    return outstanding.size();
  }

  public double[] outstanding(int window) {
    return outstanding.get(window);
  }

  public double[] utilization(int window) {
    return utilization.get(window);
  }

  /** Requests routed to each backend during the window. */
  public double[] requests(int window) {
    return requests.get(window);
  }

  /** Live sessions with affinity (sticky pin or local state) to each backend at the window's end. */
  public double[] sessions(int window) {
    return sessions.get(window);
  }

  /** The fraction of the window each backend was live (accepting requests). */
  public double[] live(int window) {
    return live.get(window);
  }

  public double logins(int window) {
    return fleetCounts.get(window)[0];
  }

  public double failed(int window) {
    return fleetCounts.get(window)[1];
  }

  /** The element-wise mean of several replications' series (windows and backends beyond the shortest are cut). */
  public static TimeSeries mean(List<TimeSeries> series) {
    TimeSeries first = series.get(0);
    TimeSeries mean = new TimeSeries(first.windowNanos);
    int windows = series.stream().mapToInt(TimeSeries::windows).min().orElse(0);
    for (int w = 0; w < windows; w++) {
      int backends = Integer.MAX_VALUE;
      for (TimeSeries s : series) {
        backends = Math.min(backends, s.outstanding(w).length);
      }
      double[] out = new double[backends];
      double[] util = new double[backends];
      double[] req = new double[backends];
      double[] ses = new double[backends];
      double[] liv = new double[backends];
      double logins = 0;
      double failed = 0;
      for (TimeSeries s : series) {
        for (int b = 0; b < backends; b++) {
          out[b] += s.outstanding(w)[b] / series.size();
          util[b] += s.utilization(w)[b] / series.size();
          req[b] += s.requests(w)[b] / series.size();
          ses[b] += s.sessions(w)[b] / series.size();
          liv[b] += s.live(w)[b] / series.size();
        }
        logins += s.logins(w) / series.size();
        failed += s.failed(w) / series.size();
      }
      mean.add(out, util, req, ses, liv, logins, failed);
    }
    return mean;
  }
}
