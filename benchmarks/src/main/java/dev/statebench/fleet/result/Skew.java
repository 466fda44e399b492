package dev.statebench.fleet.result;

/**
 * Imbalance of per-instance loads: max/mean, coefficient of variation (population standard deviation over mean)
 * and Jain's fairness index (Σx)²/(n·Σx²) (Jain, Chiu, Hawe, "A Quantitative Measure of Fairness and
 * Discrimination for Resource Allocation in Shared Computer Systems", DEC-TR-301, 1984,
 * https://arxiv.org/abs/cs/9809099).
 */
final class Skew {
  private Skew() {}

  static double maxOverMean(double[] x) {
    double mean = mean(x);
    double max = 0;
    for (double v : x) {
      max = Math.max(max, v);
    }
    return mean == 0 ? 0 : max / mean;
  }

  static double cv(double[] x) {
    double mean = mean(x);
    double sq = 0;
    for (double v : x) {
      sq += (v - mean) * (v - mean);
    }
    return mean == 0 ? 0 : Math.sqrt(sq / x.length) / mean;
  }

  static double jain(double[] x) {
    double sum = 0;
    double sq = 0;
    for (double v : x) {
      sum += v;
      sq += v * v;
    }
    return sq == 0 ? 1 : sum * sum / (x.length * sq);
  }

  private static double mean(double[] x) {
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    return x.length == 0 ? 0 : sum / x.length;
  }
}
