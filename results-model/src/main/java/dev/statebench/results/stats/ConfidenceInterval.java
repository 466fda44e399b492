package dev.statebench.results.stats;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The one statistics convention of statebench: a mean of n independent samples (JMH measurement iterations, histogram
 * intervals, simulator replications) with the half-width of its two-sided Student-t confidence interval at
 * {@link #LEVEL}: {@code t(1 − (1 − level)/2, n − 1) · s / √n}. Fewer than two samples give no interval (NaN).
 *
 * @param mean the sample mean
 * @param halfWidth the interval's half-width, NaN when n &lt; 2
 * @param level the confidence level
 * @param n the number of samples
 */
public record ConfidenceInterval(double mean, double halfWidth, double level, long n) {
  /** The level of every interval statebench publishes. */
  public static final double LEVEL = 0.95;

  /** The interval at {@link #LEVEL} of {@code samples}. */
  public static ConfidenceInterval of(double... samples) {
    SummaryStatistics stats = new SummaryStatistics();
    for (double sample : samples) {
      stats.addValue(sample);
    }
    return of(stats);
  }

  /** The interval at {@link #LEVEL} of the samples summarised in {@code stats}. */
  public static ConfidenceInterval of(SummaryStatistics stats) {
    long n = stats.getN();
    if (n < 2) {
      return new ConfidenceInterval(n == 1 ? stats.getMean() : Double.NaN, Double.NaN, LEVEL, n);
    }
    double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - LEVEL) / 2);
    return new ConfidenceInterval(stats.getMean(), t * stats.getStandardDeviation() / Math.sqrt(n), LEVEL, n);
  }

  public boolean hasInterval() {
    return Double.isFinite(halfWidth);
  }

  public double lower() {
    return hasInterval() ? mean - halfWidth : mean;
  }

  public double upper() {
    return hasInterval() ? mean + halfWidth : mean;
  }

  /** The same interval multiplied by {@code factor} (a unit change). */
  public ConfidenceInterval scaled(double factor) {
    return new ConfidenceInterval(mean * factor, halfWidth * factor, level, n);
  }
}
