package dev.statebench.load;

import java.time.Duration;
import java.util.List;

/**
 * How a {@link LoadSweep} runs.
 *
 * @param rates offered rates in requests per second, in order
 * @param arrivals how requests are spread in time
 * @param duration measured time per rate
 * @param initialWarmup unrecorded time at the first rate before anything is measured, long enough for the JIT to
 *     compile the hot paths of client and generator (zero for none)
 * @param warmup unrecorded time at each rate before measuring (zero for none)
 * @param options connections, population and key distribution of the target
 * @param timeout a response later than this (from its intended start) is a timeout
 * @param maxLag largest p99 dispatch lag of the generator for the schedule to count as kept
 * @param floorFraction a rate is flagged when the {@code noop} floor's p99 exceeds this fraction of the target's p50
 */
public record SweepSettings(List<Double> rates, ArrivalProcess arrivals, Duration duration, Duration initialWarmup,
    Duration warmup,
    TargetOptions options, Duration timeout, Duration maxLag, double floorFraction) {
  /** The default {@code floorFraction}: the generator's p99 may be at most half of what it measures as a median. */
  public static final double DEFAULT_FLOOR_FRACTION = 0.5;

  public SweepSettings {
    rates = List.copyOf(rates);
    if (rates.isEmpty()) {
      throw new IllegalArgumentException("a sweep needs at least one rate");
    }
    if (!(floorFraction > 0)) {
      throw new IllegalArgumentException("the floor fraction must be positive, got " + floorFraction);
    }
  }
}
