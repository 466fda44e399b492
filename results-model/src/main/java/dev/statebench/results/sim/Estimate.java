package dev.statebench.results.sim;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A metric estimated over independent replications: the mean of the per-replication values and the half-width of its
 * confidence interval at {@code level} (Student's t with n − 1 degrees of freedom), from n replications.
 *
 * @param mean mean over replications
 * @param halfWidth half-width of the confidence interval, or null with a single replication
 * @param level confidence level of the interval, e.g. 0.95
 * @param n number of replications
 */
public record Estimate(
    @JsonProperty("mean") double mean,
    @JsonProperty("half_width") Double halfWidth,
    @JsonProperty("level") double level,
    @JsonProperty("n") int n) {
  /** Whether the estimate has an interval (it needs two or more replications). */
  public boolean hasInterval() {
    return halfWidth != null && Double.isFinite(halfWidth);
  }

  /** The half-width, or NaN without an interval. */
  public double halfWidthOrNaN() {
    return hasInterval() ? halfWidth : Double.NaN;
  }

  /** The half-width, or 0 without an interval (for range arithmetic where a point is its own range). */
  public double halfWidthOrZero() {
    return hasInterval() ? halfWidth : 0;
  }

  /** The upper end of the interval (the mean itself without one). */
  public double upper() {
    return hasInterval() ? mean + halfWidth : mean;
  }
}
