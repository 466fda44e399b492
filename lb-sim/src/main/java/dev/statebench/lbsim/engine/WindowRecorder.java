package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.metrics.TimeSeries;
import java.util.Arrays;

/**
 * Cuts the whole run (warm-up included) into windows and records each backend's load in each window into a
 * {@link TimeSeries}: outstanding requests and utilization averaged over the window, requests routed, sessions with
 * affinity at its end, the fraction of it the backend was live, and the fleet's logins and failed requests.
 */
final class WindowRecorder {
  private final Fleet fleet;
  private final TimeSeries series;
  private double[] busyAtWindow;
  private double[] outstandingAtWindow;
  private long[] requests;
  private long logins;
  private long failed;
  private long windowStart;

  WindowRecorder(Fleet fleet, long windowNanos) {
    this.fleet = fleet;
    this.series = new TimeSeries(windowNanos);
    this.busyAtWindow = new double[fleet.count()];
    this.outstandingAtWindow = new double[fleet.count()];
    this.requests = new long[fleet.count()];
  }

  TimeSeries series() {
    return series;
  }

  long windowNanos() {
    return series.windowNanos();
  }

  void routed(int b) {
    if (b >= requests.length) {
      requests = Arrays.copyOf(requests, fleet.count());
    }
    requests[b]++;
  }

  void login() {
    logins++;
  }

  void failed(long count) {
    failed += count;
  }

  /** Closes the window ending at {@code now} and starts the next. */
  void endWindow(long now) {
    fleet.advanceAll(now);
    int n = fleet.count();
    busyAtWindow = Arrays.copyOf(busyAtWindow, n);
    outstandingAtWindow = Arrays.copyOf(outstandingAtWindow, n);
    double[] outstanding = new double[n];
    double[] utilization = new double[n];
    double length = now - windowStart;
    for (int b = 0; b < n; b++) {
      outstanding[b] = (fleet.outstandingArea(b) - outstandingAtWindow[b]) / length;
      utilization[b] = (fleet.busyArea(b) - busyAtWindow[b]) / length / fleet.workers(b);
      outstandingAtWindow[b] = fleet.outstandingArea(b);
      busyAtWindow[b] = fleet.busyArea(b);
    }
    double[] routed = new double[n];
    double[] affinity = new double[n];
    double[] live = new double[n];
    for (int b = 0; b < n; b++) {
      routed[b] = b < requests.length ? requests[b] : 0;
      affinity[b] = fleet.sessions(b);
      live[b] = fleet.liveNanos(b, windowStart, now) / length;
    }
    Arrays.fill(requests, 0);
    series.add(outstanding, utilization, routed, affinity, live, logins, failed);
    logins = 0;
    failed = 0;
    windowStart = now;
  }
}
