package dev.statebench.gate;

import java.util.Arrays;

/** The median of the per-round values, the gate's summary of one build's score or allocation. */
final class Median {
  private Median() {}

  /** The middle value, or the mean of the two middle values; {@code NaN} for no values. */
  static double of(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
