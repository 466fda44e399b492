package dev.statebench.lbsim.workload;

import dev.statebench.lbsim.engine.RandomStream;
import java.util.Arrays;

/**
 * A measured distribution given as points of its cumulative distribution function, sampled by inverse transform:
 * a uniform U is located between two CDF points and the value interpolated linearly between them. Built from raw
 * samples (every sample is a step), an HdrHistogram log or a percentile table by {@link EmpiricalDistributionReader}.
 */
public final class EmpiricalDistribution implements Distribution {
  private final double[] values;
  private final double[] cumulative;
  private final double mean;

  /**
   * @param values ascending values
   * @param cumulative ascending cumulative probabilities for those values, the last one equal to 1
   */
  EmpiricalDistribution(double[] values, double[] cumulative) {
    if (values.length == 0 || values.length != cumulative.length) {
      throw new IllegalArgumentException("an empirical distribution needs at least one point");
    }
    this.values = values.clone();
    this.cumulative = cumulative.clone();
    double m = cumulative[0] * values[0];
    for (int i = 1; i < values.length; i++) {
      m += (cumulative[i] - cumulative[i - 1]) * (values[i] + values[i - 1]) / 2;
    }
    this.mean = m;
  }

  @Override
  public double sample(RandomStream random) {
    double u = random.nextDouble();
    int i = Arrays.binarySearch(cumulative, u);
    int upper = i >= 0 ? i : -i - 1;
    if (upper == 0) {
      return values[0];
    }
    double from = cumulative[upper - 1];
    double to = cumulative[upper];
    double fraction = to > from ? (u - from) / (to - from) : 1;
    return values[upper - 1] + fraction * (values[upper] - values[upper - 1]);
  }

  @Override
  public double mean() {
    return mean;
  }

  public int points() {
    return values.length;
  }
}
