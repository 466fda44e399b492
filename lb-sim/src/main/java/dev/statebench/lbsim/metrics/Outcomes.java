package dev.statebench.lbsim.metrics;

/**
 * What the state model and the fleet events cost in one replication, counted after the warm-up.
 *
 * <p>Revocation: a session's active life (first request to the end of its last) is cut into check intervals by the
 * requests checked against the session store; the last interval runs from the last check to the end of the session
 * (a revocation there is never denied: the token is accepted until the user stops). For a revocation at a uniformly
 * random instant of active session time:
 * <ul>
 *   <li>the <em>delay</em> is the time to the next check (or to the session's end): an instant falls in an interval
 *       of length L with probability proportional to L and then waits L/2 on average, so the mean is
 *       Σ L² / (2 Σ L) (the inspection paradox); it includes the user's think time before the next request;
 *   <li>the <em>exposure</em> is how long the revoked token is still accepted: from the revocation to the last
 *       request accepted without a check in that interval (0 when none follows). With E the time from the interval's
 *       start to that last unchecked request, a revocation at u in the interval is exposed for E − u when u &lt; E,
 *       so the mean is Σ E² / (2 Σ L). Think time after the last accepted request is not exposure.
 * </ul>
 *
 * @param failed requests failed because their backend was killed (or its drain deadline passed) while they were in
 *     flight, or because they needed the session store while it was down
 * @param logins login requests made by users whose local session was lost (the login storm)
 * @param sessionsLost local sessions destroyed (by a kill or a drain deadline, or found missing after a remap)
 * @param storeLookups session-store lookups (every request for redis/sql, every access-token refresh for jwt)
 * @param revocationTracked whether a store is consulted at all (redis, sql, jwt with an access-token lifetime)
 * @param checkIntervalSum Σ L over check intervals, final ones included, nanoseconds
 * @param checkIntervalSquares Σ L²
 * @param checkIntervalMax the longest L
 * @param exposureSquares Σ E² over the same intervals
 * @param exposureMax the longest E
 */
public record Outcomes(
    long failed,
    long logins,
    long sessionsLost,
    long storeLookups,
    boolean revocationTracked,
    double checkIntervalSum,
    double checkIntervalSquares,
    long checkIntervalMax,
    double exposureSquares,
    long exposureMax) {

  /** Mean time from a revocation to its denial (or the session's end): Σ L² / (2 Σ L). */
  public double revocationDelayMeanNanos() {
    return checkIntervalSum == 0 ? 0 : checkIntervalSquares / (2 * checkIntervalSum);
  }

  /** Mean time a revoked token is still accepted: Σ E² / (2 Σ L). */
  public double revocationExposureMeanNanos() {
    return checkIntervalSum == 0 ? 0 : exposureSquares / (2 * checkIntervalSum);
  }
}
