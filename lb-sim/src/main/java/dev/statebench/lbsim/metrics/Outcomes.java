package dev.statebench.lbsim.metrics;

/**
 * What the state model and the fleet events cost in one replication, counted after the warm-up.
 *
 * @param failed requests failed because their backend was killed (or its drain deadline passed) while they were in
 *     flight
 * @param logins login requests made by users whose local session was lost (the login storm)
 * @param sessionsLost local sessions destroyed (by a kill or a drain deadline, or found missing after a remap)
 * @param storeLookups session-store lookups (every request for redis/sql, every access-token refresh for jwt)
 * @param revocationTracked whether a store is consulted at all (redis, sql, jwt with an access-token lifetime)
 * @param checkIntervalSum sum over store checks of the time since the session's previous check, nanoseconds
 * @param checkIntervalSquares sum of the squares of those intervals
 * @param checkIntervalMax the longest such interval
 */
public record Outcomes(
    long failed,
    long logins,
    long sessionsLost,
    long storeLookups,
    boolean revocationTracked,
    double checkIntervalSum,
    double checkIntervalSquares,
    long checkIntervalMax) {

  /**
   * Mean time from a revocation to the request that is checked against the store and denied, for a revocation at a
   * uniformly random instant of an active session: an instant falls in a check interval of length L with probability
   * proportional to L and then waits L/2 on average, so the mean is Σ L² / (2 Σ L) (the inspection paradox).
   */
  public double revocationDelayMeanNanos() {
    return checkIntervalSum == 0 ? 0 : checkIntervalSquares / (2 * checkIntervalSum);
  }
}
