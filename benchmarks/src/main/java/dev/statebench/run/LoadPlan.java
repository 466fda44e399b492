package dev.statebench.run;

import dev.statebench.load.ArrivalProcess;
import dev.statebench.load.KeyChoice;
import dev.statebench.load.LoadTarget;
import dev.statebench.load.SweepSettings;
import dev.statebench.load.TargetOptions;
import dev.statebench.servers.Durability;
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
 * @param initialWarmup unrecorded time at the first rate before anything is measured (for the JIT)
 * @param warmup unrecorded time per rate before measuring
 * @param connections worker threads and pool size
 */
public record LoadPlan(List<LoadTarget> targets, List<Double> rates, Duration duration, Duration initialWarmup,
    Duration warmup,
    int connections, List<DurabilityVariant> durabilityAxis, List<Double> writeRates) {

  /**
   * One write target on embedded servers started with one durability setting.
   *
   * @param target a write target ({@link LoadTarget#writes()})
   * @param durability what its embedded servers are started with
   * @param suffix the folder suffix naming the setting, e.g. {@code aof-always} or {@code fsync-on}
   */
  public record DurabilityVariant(LoadTarget target, Durability durability, String suffix) {}

  private static final List<DurabilityVariant> WRITE_AXIS = List.of(
      new DurabilityVariant(LoadTarget.REDIS_SLIDING, Durability.NONE, "aof-no"),
      new DurabilityVariant(LoadTarget.REDIS_SLIDING, new Durability(Durability.RedisAppendOnly.EVERYSEC, false),
          "aof-everysec"),
      new DurabilityVariant(LoadTarget.REDIS_SLIDING, new Durability(Durability.RedisAppendOnly.ALWAYS, false),
          "aof-always"),
      new DurabilityVariant(LoadTarget.POSTGRES_SLIDING, Durability.NONE, "fsync-off"),
      new DurabilityVariant(LoadTarget.POSTGRES_SLIDING, new Durability(Durability.RedisAppendOnly.NO, true),
          "fsync-on"));
  /** A response later than this is a timeout. */
  public static final Duration TIMEOUT = Duration.ofSeconds(1);

  /** The generator's largest p99 dispatch lag for a kept schedule. */
  public static final Duration MAX_LAG = Duration.ofMillis(1);

  public LoadPlan {
    targets = List.copyOf(targets);
    rates = List.copyOf(rates);
    durabilityAxis = List.copyOf(durabilityAxis);
    writeRates = List.copyOf(writeRates);
  }

  /** The plan of {@code profile}; the smoke profile sweeps nothing. */
  public static LoadPlan forProfile(BenchmarkProfile profile) {
    return switch (profile) {
      case SMOKE -> new LoadPlan(List.of(), List.of(500.0), Duration.ofSeconds(1), Duration.ZERO, Duration.ZERO, 2,
          List.of(),
          List.of(500.0));
      // 5 targets × (2 s initial warm-up + 2 rates × (control + target) × (0.5 s warm-up + 1.5 s)), plus
      // populating: about 1.5 minutes
      case QUICK -> new LoadPlan(List.of(LoadTarget.JWT_HS256, LoadTarget.JWT_ES256, LoadTarget.REDIS,
          LoadTarget.POSTGRES, LoadTarget.HYBRID), List.of(500.0, 4000.0), Duration.ofMillis(1500),
          Duration.ofSeconds(1), Duration.ofMillis(500), 2, List.of(), List.of(500.0));
      // every read target, 5 s initial warm-up and 4 rates × (control + target) × (1 s + 4 s), fewer where a target
      // saturates: about 8 minutes; then the write targets' durability axis, 3 rates each on their own servers: about
      // 4 minutes
      case FULL -> new LoadPlan(List.of(LoadTarget.JWT_HS256, LoadTarget.JWT_RS256, LoadTarget.JWT_ES256,
          LoadTarget.JWT_EDDSA, LoadTarget.REDIS, LoadTarget.REDIS_LETTUCE_PER_THREAD, LoadTarget.REDIS_JEDIS,
          LoadTarget.POSTGRES, LoadTarget.HYBRID), List.of(500.0, 2000.0, 8000.0, 32000.0),
          Duration.ofSeconds(4), Duration.ofSeconds(5), Duration.ofSeconds(1), 2, WRITE_AXIS,
          List.of(500.0, 2000.0, 8000.0));
    };
  }

  /** The rate every target's CPU per request is read at. */
  public double costRate() {
    return rates.get(0);
  }

  /** The sweep settings of one target. */
  public SweepSettings settings() {
    return new SweepSettings(rates, ArrivalProcess.POISSON, duration, initialWarmup, warmup,
        new TargetOptions(connections, TargetOptions.DEFAULT_POPULATION, KeyChoice.UNIFORM),
        TIMEOUT, MAX_LAG, SweepSettings.DEFAULT_FLOOR_FRACTION);
  }

  /** The sweep settings of a durability variant: the write rates. */
  public SweepSettings writeSettings() {
    SweepSettings read = settings();
    return new SweepSettings(writeRates, read.arrivals(), read.duration(), read.initialWarmup(), read.warmup(),
        read.options(),
        read.timeout(), read.maxLag(), read.floorFraction());
  }

  /** Rough wall-clock seconds of one target's sweep if no rate saturates. */
  public long estimatedSecondsPerTarget() {
    return Math.round((2 * initialWarmup.toMillis() + rates.size() * 2 * (duration.toMillis() + warmup.toMillis()))
        / 1000.0) + 5;
  }

  /** Rough wall-clock seconds of one durability variant (its servers start first). */
  public long estimatedSecondsPerVariant() {
    return Math.round((2 * initialWarmup.toMillis() + writeRates.size() * 2 * (duration.toMillis()
        + warmup.toMillis())) / 1000.0) + 10;
  }
}
