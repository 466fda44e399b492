package dev.statebench.lbsim.metrics;

/**
 * How fast backends added by a scale-out take their share. In each window after the scale-out the old backends'
 * overload is the requests routed to the old backends per unit of their live time over the requests routed to all
 * backends per unit of theirs (1 = the new ones carry their share; 2 = with n old and n new, the new ones get
 * nothing); backends that were not live in the window (killed, drained) count for neither. The fleet has converged
 * when that ratio falls below {@link #THRESHOLD}, the max/mean &lt; 1.1 criterion applied to the two groups (group
 * means, so the per-backend noise of a short window does not decide it). The crossing time is interpolated linearly
 * between the centres of the last window above the threshold and the first below it, so it is resolved finer than
 * one window.
 */
public final class ScaleOut {
  /** The overload below which the new backends count as carrying their share. */
  public static final double THRESHOLD = 1.1;

  private ScaleOut() {}

  /**
   * The old group's overload in window {@code w}, or NaN when nothing was routed.
   *
   * @param firstNew the number of the first added backend (older backends have lower numbers)
   */
  public static double overload(TimeSeries series, int w, int firstNew) {
    double[] requests = series.requests(w);
    double[] live = series.live(w);
    if (requests.length <= firstNew) {
      return Double.NaN;
    }
    double old = 0;
    double oldLive = 0;
    double all = 0;
    double allLive = 0;
    for (int b = 0; b < requests.length; b++) {
      all += requests[b];
      allLive += live[b];
      if (b < firstNew) {
        old += requests[b];
        oldLive += live[b];
      }
    }
    return all == 0 || oldLive == 0 ? Double.NaN : (old / oldLive) / (all / allLive);
  }

  /**
   * Seconds from the scale-out at {@code addNanos} to the moment the overload crosses below the threshold, each
   * window's overload placed at the window's centre and interpolated linearly; when it never does, the time to the
   * end of the series (a lower bound).
   */
  public static double convergenceSeconds(TimeSeries series, long addNanos, int firstNew) {
    long window = series.windowNanos();
    int first = (int) (addNanos / window);
    double previousRatio = Double.NaN;
    double previousCentre = Double.NaN;
    for (int w = first; w < series.windows(); w++) {
      double ratio = overload(series, w, firstNew);
      double centre = Math.max(addNanos, (w + 0.5) * window);
      if (ratio < THRESHOLD) {
        double crossing = centre;
        if (!Double.isNaN(previousRatio) && previousRatio > ratio) {
          crossing = previousCentre + (centre - previousCentre) * (previousRatio - THRESHOLD) / (previousRatio - ratio);
        }
        return Math.max(0, crossing - addNanos) / 1e9;
      }
      if (!Double.isNaN(ratio)) {
        previousRatio = ratio;
        previousCentre = centre;
      }
    }
    return (series.windows() * window - addNanos) / 1e9;
  }

  /** The largest overload of the old backends in the windows after the scale-out (1 when none). */
  public static double peakOverload(TimeSeries series, long addNanos, int firstNew) {
    double peak = 1;
    for (int w = (int) (addNanos / series.windowNanos()) + 1; w < series.windows(); w++) {
      double ratio = overload(series, w, firstNew);
      if (ratio > peak) {
        peak = ratio;
      }
    }
    return peak;
  }
}
