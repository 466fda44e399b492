package dev.statebench.compare;

/**
 * One JMH metric of one benchmark: the score with JMH's error and confidence interval (99.9% by default), its unit,
 * and the mean score of each fork (the independent samples the Mann–Whitney test needs).
 *
 * @param error the half-width of the interval; {@code NaN} when JMH could not compute one (a single iteration)
 * @param lower the interval's lower bound, {@code NaN} when absent
 * @param upper the interval's upper bound, {@code NaN} when absent
 * @param forkMeans one mean per fork, in fork order; empty when the file has no raw data
 */
public record Metric(double score, double error, double lower, double upper, String unit, double[] forkMeans) {

  /** Whether JMH gave a finite confidence interval. */
  public boolean hasInterval() {
    return Double.isFinite(lower) && Double.isFinite(upper);
  }

  /** Whether this interval and {@code other} have no point in common (both must exist). */
  public boolean intervalDisjointFrom(Metric other) {
    return hasInterval() && other.hasInterval() && (upper < other.lower || other.upper < lower);
  }

  public int forks() {
    return forkMeans.length;
  }
}
