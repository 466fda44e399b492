package dev.statebench.ops;

/**
 * The revocation window a PostgreSQL read replica opens, as measured by {@code statebench replica-window}: how long a
 * session revoked on the primary is still found on the replica, under a stated background write load.
 *
 * @param replica what the replica was, e.g. {@code embedded physical streaming replica}
 * @param synchronousCommit the primary's {@code synchronous_commit} for the revoking sessions
 * @param offeredWritesPerSecond background inserts per second asked for
 * @param achievedWritesPerSecond background inserts per second applied
 * @param samples revocations timed
 * @param stillFoundAfterRevoke revocations the replica still answered "found" after the primary acknowledged them
 * @param revocationWindowMicros time from the acknowledged revoke until the replica stops finding the session
 * @param createVisibilityMicros time from the acknowledged create until the replica finds the session
 */
public record ReplicaWindowSummary(String replica, String synchronousCommit, double offeredWritesPerSecond,
    double achievedWritesPerSecond, int samples, long stillFoundAfterRevoke, Percentiles revocationWindowMicros,
    Percentiles createVisibilityMicros) {

  /**
   * Percentiles of a distribution in microseconds, with the number of values.
   *
   * @param n values recorded
   */
  public record Percentiles(long n, double p50, double p90, double p99, double max, double mean) {
    /** The percentiles of an HdrHistogram of nanoseconds. */
    public static Percentiles ofNanos(org.HdrHistogram.Histogram histogram) {
      return new Percentiles(histogram.getTotalCount(), histogram.getValueAtPercentile(50) / 1e3,
          histogram.getValueAtPercentile(90) / 1e3, histogram.getValueAtPercentile(99) / 1e3,
          histogram.getMaxValue() / 1e3, histogram.getMean() / 1e3);
    }
  }
}
