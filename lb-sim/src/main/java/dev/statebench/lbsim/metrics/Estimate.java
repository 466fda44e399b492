package dev.statebench.lbsim.metrics;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A metric across replications: the mean and the half-width of its 95% confidence interval from Student's t with
 * n − 1 degrees of freedom (replications are independent, so the t interval is exact for normal per-replication
 * means and a good approximation otherwise). With one replication the half-width is NaN (unknown).
 *
 * @param mean mean over replications
 * @param ci95 half-width of the 95% confidence interval
 * @param n number of replications
 */
public record Estimate(double mean, double ci95, int n) {

  public static Estimate of(double[] values) {
    int n = values.length;
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= n;
    if (n < 2) {
      return new Estimate(mean, Double.NaN, n);
    }
    double squares = 0;
    for (double v : values) {
      squares += (v - mean) * (v - mean);
    }
    double standardError = Math.sqrt(squares / (n - 1) / n);
    double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
    return new Estimate(mean, t * standardError, n);
  }
}
