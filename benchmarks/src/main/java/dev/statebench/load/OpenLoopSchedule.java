package dev.statebench.load;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * When each request of an open-loop run is meant to start, fixed before the run and independent of how long earlier
 * requests take (as wrk2 and Gil Tene's "How NOT to measure latency" ask). Times are {@link System#nanoTime()} values.
 *
 * <p>{@link ArrivalProcess#UNIFORM}: request {@code i} at {@code start + i / rate}, rounded per request so the schedule
 * does not drift. {@link ArrivalProcess#POISSON}: gaps drawn from the exponential distribution with mean
 * {@code 1/rate} by inversion ({@code -ln(1 - U) / rate}), accumulated in double precision and rounded per request;
 * the number of requests in the window is then itself random (Poisson with mean {@code rate × duration}). The draw is
 * seeded, so two runs with the same seed (a target and its {@code noop} control) see the same arrivals.
 */
public final class OpenLoopSchedule {
  /** The most requests one schedule may hold (8 bytes each). */
  public static final long MAX_REQUESTS = 20_000_000;

  private final long startNanos;
  private final double ratePerSecond;
  private final long durationNanos;
  private final long[] offsets;

  private OpenLoopSchedule(long startNanos, double ratePerSecond, long durationNanos, long[] offsets) {
    this.startNanos = startNanos;
    this.ratePerSecond = ratePerSecond;
    this.durationNanos = durationNanos;
    this.offsets = offsets;
  }

  /** Evenly spaced arrivals: {@code rate} requests per second for {@code duration}, starting at {@code startNanos}. */
  public static OpenLoopSchedule of(long startNanos, double ratePerSecond, Duration duration) {
    return of(ArrivalProcess.UNIFORM, startNanos, ratePerSecond, duration, 0);
  }

  /** Arrivals of {@code process} at {@code rate} per second for {@code duration}; {@code seed} drives Poisson gaps. */
  public static OpenLoopSchedule of(ArrivalProcess process, long startNanos, double ratePerSecond, Duration duration,
      long seed) {
    if (!(ratePerSecond > 0) || Double.isInfinite(ratePerSecond)) {
      throw new IllegalArgumentException("rate must be a positive number of requests per second, got " + ratePerSecond);
    }
    long durationNanos = duration.toNanos();
    if (durationNanos <= 0) {
      throw new IllegalArgumentException("duration must be positive, got " + duration);
    }
    double expected = ratePerSecond * durationNanos / 1e9;
    if (expected > MAX_REQUESTS) {
      throw new IllegalArgumentException("rate × duration is " + (long) expected + " requests; at most "
          + MAX_REQUESTS + " fit in one schedule (shorten the duration)");
    }
    long[] offsets = process == ArrivalProcess.UNIFORM
        ? uniform(ratePerSecond, durationNanos)
        : poisson(ratePerSecond, durationNanos, seed);
    return new OpenLoopSchedule(startNanos, ratePerSecond, durationNanos, offsets);
  }

  private static long[] uniform(double rate, long durationNanos) {
    long count = (long) Math.floor(rate * durationNanos / 1e9);
    long[] offsets = new long[Math.toIntExact(count)];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = Math.round(i * 1e9 / rate);
    }
    return offsets;
  }

  private static long[] poisson(double rate, long durationNanos, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] offsets = new long[(int) Math.min(Integer.MAX_VALUE - 8, rate * durationNanos / 1e9 * 1.1 + 64)];
    int count = 0;
    double seconds = 0;
    double end = durationNanos / 1e9;
    while (seconds < end) {
      if (count == offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      offsets[count++] = Math.round(seconds * 1e9);
      seconds += -Math.log(1.0 - random.nextDouble()) / rate;
    }
    return Arrays.copyOf(offsets, count);
  }

  public long startNanos() {
    return startNanos;
  }

  /** The rate the schedule was drawn for (Poisson: its mean). */
  public double ratePerSecond() {
    return ratePerSecond;
  }

  /** How many requests the run sends. */
  public long count() {
    return offsets.length;
  }

  /** The intended start of request {@code index}. */
  public long intendedStart(long index) {
    return startNanos + offsets[Math.toIntExact(index)];
  }

  /** The mean gap between two consecutive requests, rounded to the nanosecond. */
  public long meanIntervalNanos() {
    return Math.round(1e9 / ratePerSecond);
  }

  /** The length of the window the requests were drawn in. */
  public long durationNanos() {
    return durationNanos;
  }

  /** When the window ends. */
  public long endNanos() {
    return startNanos + durationNanos;
  }

  /** The rate actually offered by this schedule: its requests over its window (Poisson: near the mean). */
  public double offeredPerSecond() {
    return count() / (durationNanos / 1e9);
  }
}
