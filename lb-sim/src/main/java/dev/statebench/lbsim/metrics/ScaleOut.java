package dev.statebench.lbsim.metrics;

/**
 * How fast backends added by a scale-out take their share. In each window after the scale-out the old backends'
 * overload is the mean requests routed to an old backend over the mean routed to any backend (1 = the new ones
 * carry their share; 2 = with n old and n new, the new ones get nothing). The fleet has converged at the end of the
 * first window where that ratio is below {@link #THRESHOLD}, the max/mean &lt; 1.1 criterion applied to the two
 * groups (group means, so the per-backend noise of a short window does not decide it).
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
    if (requests.length <= firstNew) {
      return Double.NaN;
    }
    double old = 0;
    double all = 0;
    for (int b = 0; b < requests.length; b++) {
      all += requests[b];
      if (b < firstNew) {
        old += requests[b];
      }
    }
    return all == 0 ? Double.NaN : (old / firstNew) / (all / requests.length);
  }

  /**
   * Seconds from the scale-out at {@code addNanos} to the end of the first window whose overload is below the
   * threshold; when it never is, the time to the end of the series (a lower bound).
   */
  public static double convergenceSeconds(TimeSeries series, long addNanos, int firstNew) {
    long window = series.windowNanos();
    for (int w = (int) (addNanos / window); w < series.windows(); w++) {
      double ratio = overload(series, w, firstNew);
      if (ratio < THRESHOLD) {
        return ((w + 1) * window - addNanos) / 1e9;
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
