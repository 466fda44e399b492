package dev.statebench.lbsim.metrics;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-window, per-backend load for plots: the time-averaged outstanding requests and the utilization (busy
 * workers / workers) of every backend in each window of {@code windowNanos}, from time 0 (the warm-up included,
 * so fleet events early in a run are visible).
 */
public final class TimeSeries {
  private final long windowNanos;
  private final List<double[]> outstanding = new ArrayList<>();
  private final List<double[]> utilization = new ArrayList<>();

  public TimeSeries(long windowNanos) {
    this.windowNanos = windowNanos;
  }

  public void add(double[] outstandingPerBackend, double[] utilizationPerBackend) {
    outstanding.add(outstandingPerBackend);
    utilization.add(utilizationPerBackend);
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
      for (TimeSeries s : series) {
        for (int b = 0; b < backends; b++) {
          out[b] += s.outstanding(w)[b] / series.size();
          util[b] += s.utilization(w)[b] / series.size();
        }
      }
      mean.add(out, util);
    }
    return mean;
  }
}
