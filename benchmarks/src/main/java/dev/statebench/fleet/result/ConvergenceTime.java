package dev.statebench.fleet.result;

/**
 * How long after a scale-out the added instances carry their share, by the simulator's definition: in each window the
 * old instances' overload is their requests per live second over all instances' requests per live second; the fleet
 * has converged when it falls below {@value #THRESHOLD}. The crossing is interpolated linearly between window
 * centres; when the ratio never falls below, the time to the end of the series is returned (a lower bound).
 */
final class ConvergenceTime {
  /** Overload below which the new instances count as carrying their share. */
  static final double THRESHOLD = 1.1;

  private ConvergenceTime() {}

  static double overload(double[] requests, double[] live, int firstNew) {
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
    return all == 0 || oldLive == 0 || allLive == 0 ? Double.NaN : (old / oldLive) / (all / allLive);
  }

  /** Seconds from {@code addNanos} to the crossing; {@code [0]} the time, {@code [1]} the peak overload after it. */
  static double[] of(double[][] requests, double[][] live, long windowNanos, long addNanos, int firstNew) {
    double previousRatio = Double.NaN;
    double previousCentre = Double.NaN;
    double peak = 1;
    double convergence = Double.NaN;
    for (int w = (int) (addNanos / windowNanos); w < requests.length; w++) {
      double ratio = overload(requests[w], live[w], firstNew);
      double centre = Math.max(addNanos, (w + 0.5) * windowNanos);
      if (w > addNanos / windowNanos && ratio > peak) {
        peak = ratio;
      }
      if (Double.isNaN(convergence) && ratio < THRESHOLD) {
        double crossing = centre;
        if (!Double.isNaN(previousRatio) && previousRatio > ratio) {
          crossing = previousCentre + (centre - previousCentre) * (previousRatio - THRESHOLD) / (previousRatio - ratio);
        }
        convergence = Math.max(0, crossing - addNanos) / 1e9;
      }
      if (!Double.isNaN(ratio) && Double.isNaN(convergence)) {
        previousRatio = ratio;
        previousCentre = centre;
      }
    }
    if (Double.isNaN(convergence)) {
      convergence = (requests.length * (double) windowNanos - addNanos) / 1e9;
    }
    return new double[] {convergence, peak};
  }
}
