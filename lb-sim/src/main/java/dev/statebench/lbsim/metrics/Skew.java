package dev.statebench.lbsim.metrics;

/**
 * How unevenly a quantity is spread over backends: max/mean (1 = even; the worst backend's excess), coefficient of
 * variation (population standard deviation / mean) and Jain's fairness index (Σx)² / (n·Σx²), which is 1 when all
 * are equal and 1/n when one backend takes everything.
 *
 * @see <a href="https://arxiv.org/abs/cs/9809099">Jain, Chiu, Hawe, A Quantitative Measure of Fairness, 1984</a>
 */
public final class Skew {
  private Skew() {}

  public static double maxOverMean(double[] values) {
    double max = Double.NEGATIVE_INFINITY;
    double sum = 0;
    for (double v : values) {
      max = Math.max(max, v);
      sum += v;
    }
    return sum == 0 ? 1 : max / (sum / values.length);
  }

  public static double coefficientOfVariation(double[] values) {
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= values.length;
    if (mean == 0) {
      return 0;
    }
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    return Math.sqrt(squares / values.length) / mean;
  }

  public static double jainIndex(double[] values) {
    double sum = 0;
    double squares = 0;
    for (double v : values) {
      sum += v;
      squares += v * v;
    }
    return squares == 0 ? 1 : sum * sum / (values.length * squares);
  }
}
