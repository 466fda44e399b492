package dev.statebench.run;

import dev.statebench.load.ArrivalProcess;
import dev.statebench.load.KeyChoice;
import dev.statebench.load.LoadTarget;
import dev.statebench.load.SweepSettings;
import dev.statebench.load.TargetOptions;
import java.time.Duration;
import java.util.List;

/**
 * The open-loop sweeps a profile runs ({@code statebench load} once per target, Poisson arrivals, the {@code noop}
 * control at every rate): the latency-against-load curves and the CPU per request of the report's cost table. The cost
 * table reads every target at {@link #costRate()}, the sweep's first rate, well below the saturation of any target on
 * two cores.
 *
 * @param targets what is swept, in order
 * @param rates offered rates, increasing (a sweep stops at the first rate saturated twice in a row)
 * @param duration measured time per rate
 * @param warmup unrecorded time per rate before measuring
 * @param connections worker threads and pool size
 */
public record LoadPlan(List<LoadTarget> targets, List<Double> rates, Duration duration, Duration warmup,
    int connections) {
  /** A response later than this is a timeout. */
  public static final Duration TIMEOUT = Duration.ofSeconds(1);

  /** The generator's largest p99 dispatch lag for a kept schedule. */
  public static final Duration MAX_LAG = Duration.ofMillis(1);

  public LoadPlan {
    targets = List.copyOf(targets);
    rates = List.copyOf(rates);
  }

  /** The plan of {@code profile}; the smoke profile sweeps nothing. */
  public static LoadPlan forProfile(BenchmarkProfile profile) {
    return switch (profile) {
      case SMOKE -> new LoadPlan(List.of(), List.of(500.0), Duration.ofSeconds(1), Duration.ZERO, 2);
      // 5 targets × 2 rates × (control + target) × (0.5 s warm-up + 2 s): about 1.5 minutes with population
      case QUICK -> new LoadPlan(List.of(LoadTarget.JWT_HS256, LoadTarget.JWT_ES256, LoadTarget.REDIS,
          LoadTarget.POSTGRES, LoadTarget.HYBRID), List.of(500.0, 4000.0), Duration.ofSeconds(2),
          Duration.ofMillis(500), 2);
      // every target, 7 rates × (control + target) × (1 s + 4 s), fewer where a target saturates: about 12 minutes
      case FULL -> new LoadPlan(List.of(LoadTarget.JWT_HS256, LoadTarget.JWT_RS256, LoadTarget.JWT_ES256,
          LoadTarget.JWT_EDDSA, LoadTarget.REDIS, LoadTarget.REDIS_LETTUCE_PER_THREAD, LoadTarget.REDIS_JEDIS,
          LoadTarget.POSTGRES, LoadTarget.HYBRID), List.of(500.0, 1000.0, 2000.0, 4000.0, 8000.0, 16000.0, 32000.0),
          Duration.ofSeconds(4), Duration.ofSeconds(1), 2);
    };
  }

  /** The rate every target's CPU per request is read at. */
  public double costRate() {
    return rates.get(0);
  }

  /** The sweep settings of one target. */
  public SweepSettings settings() {
    return new SweepSettings(rates, ArrivalProcess.POISSON, duration, warmup,
        new TargetOptions(connections, TargetOptions.DEFAULT_POPULATION, KeyChoice.UNIFORM),
        TIMEOUT, MAX_LAG, SweepSettings.DEFAULT_FLOOR_FRACTION);
  }

  /** Rough wall-clock seconds of one target's sweep if no rate saturates. */
  public long estimatedSecondsPerTarget() {
    return Math.round(rates.size() * 2 * (duration.toMillis() + warmup.toMillis()) / 1000.0) + 5;
  }
}
