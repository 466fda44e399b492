package dev.statebench.lbsim.workload;

import dev.statebench.lbsim.model.RandomStream;
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
  /** Cumulative length-biased weights: index 0 the point mass at values[0], index i the segment ending at values[i]. */
  private final double[] biasedCumulative;

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
    this.biasedCumulative = new double[values.length];
    double w = cumulative[0] * values[0];
    biasedCumulative[0] = w;
    for (int i = 1; i < values.length; i++) {
      w += (cumulative[i] - cumulative[i - 1]) * (values[i] + values[i - 1]) / 2;
      biasedCumulative[i] = w;
    }
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

  /**
   * Length-biased draw: the point mass at the first value or a segment is chosen with probability proportional to
   * its share of the mean; within a segment [a, b] (uniform density) the biased density is ∝ x, inverted as
   * √(a² + U·(b² − a²)).
   */
  @Override
  public double sampleLengthBiased(RandomStream random) {
    double total = biasedCumulative[biasedCumulative.length - 1];
    if (total == 0) {
      return 0;
    }
    double u = random.nextDouble() * total;
    int i = Arrays.binarySearch(biasedCumulative, u);
    int segment = i >= 0 ? i + 1 : -i - 1;
    if (segment == 0) {
      return values[0];
    }
    segment = Math.min(segment, values.length - 1);
    double a = values[segment - 1];
    double b = values[segment];
    return Math.sqrt(a * a + random.nextDouble() * (b * b - a * a));
  }

  @Override
  public double mean() {
    return mean;
  }

  public int points() {
    return values.length;
  }
}
