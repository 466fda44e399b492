package dev.statebench.load;

import java.time.Duration;

/**
 * When each request of an open-loop run is meant to start: request {@code i} at {@code start + i / rate}, independent
 * of how long earlier requests took (a fixed schedule, as wrk2 and Gil Tene's "How NOT to measure latency" ask).
 * Times are {@link System#nanoTime()} values; rounding is per request, so the schedule does not drift.
 *
 * @param startNanos when request 0 is due
 * @param ratePerSecond requests per second, positive
 * @param count how many requests the run sends
 */
public record OpenLoopSchedule(long startNanos, double ratePerSecond, long count) {
  public OpenLoopSchedule {
    if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
      throw new IllegalArgumentException("rate must be a positive number of requests per second, got " + ratePerSecond);
    }
    if (count < 0) {
      throw new IllegalArgumentException("request count must not be negative, got " + count);
    }
  }

  /** A schedule of {@code rate} requests per second for {@code duration}, starting at {@code startNanos}. */
  public static OpenLoopSchedule of(long startNanos, double ratePerSecond, Duration duration) {
    double seconds = duration.toNanos() / 1e9;
    return new OpenLoopSchedule(startNanos, ratePerSecond, (long) Math.floor(ratePerSecond * seconds));
  }

  /** The intended start of request {@code index}. */
  public long intendedStart(long index) {
    return startNanos + Math.round(index * 1e9 / ratePerSecond);
  }

  /** The gap between two consecutive requests, rounded to the nanosecond. */
  public long intervalNanos() {
    return Math.round(1e9 / ratePerSecond);
  }

  /** The intended start of the request after the last one: when the schedule ends. */
  public long endNanos() {
    return intendedStart(count);
  }
}
