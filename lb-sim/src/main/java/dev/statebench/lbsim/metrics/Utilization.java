package dev.statebench.lbsim.metrics;

/**
 * The fleet's utilization as the scenario designed it and as the run achieved it, over the measured interval.
 *
 * @param designed offered CPU work (session rate × mean requests per session × mean CPU per request) over the
 *     capacity the fleet was live for (Σ workers × nominal speed × live time)
 * @param achieved busy worker time over the same capacity (weighted by nominal speed); it differs from the design
 *     when the run measures a transient, when logins add work, when requests are rejected or fail, or when a
 *     backend runs slow
 */
public record Utilization(double designed, double achieved) {
  /** The relative difference above which reports warn that the run is not measuring the designed load. */
  public static final double TOLERANCE = 0.02;

  /** Whether achieved and designed differ by more than {@link #TOLERANCE} of the designed value. */
  public boolean deviates() {
    return Math.abs(achieved - designed) > TOLERANCE * designed;
  }
}
