package dev.statebench.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One benchmark class of a profile and the {@code @Param} values it runs with. Each selection is one JMH run, so
 * parameters with the same name in different classes (e.g. {@code path}) can take different values.
 *
 * A profile may select the same class several times (e.g. once per thread count, or one axis at a time).
 *
 * @param benchmark the JMH benchmark class
 * @param params parameter name to the values to run, in order
 * @param threads benchmark threads (JMH {@code -t}), 1 for single-threaded latency
 * @param timing which JMH modes time it
 * @param everyJvm {@code true} if it also runs on the JVMs added with {@code --jvm}; {@code false} runs it on the
 *     launcher's JVM only (rows where the JVM is not what is compared, e.g. a store's round trip)
 */
public record BenchmarkSelection(Class<?> benchmark, Map<String, List<String>> params, int threads, TimingModes timing,
    boolean everyJvm) {
  public BenchmarkSelection {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    Objects.requireNonNull(timing, "timing");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
  }

  /** A selection timed in the profile's modes on every JVM. */
  public BenchmarkSelection(Class<?> benchmark, Map<String, List<String>> params, int threads) {
    this(benchmark, params, threads, TimingModes.PROFILE, true);
  }

  /** A single-threaded selection timed in the profile's modes on every JVM. */
  public BenchmarkSelection(Class<?> benchmark, Map<String, List<String>> params) {
    this(benchmark, params, 1);
  }

  /** The same selection with other parameter values (a shard's slice, the gate's subset). */
  public BenchmarkSelection withParams(Map<String, List<String>> otherParams) {
    return new BenchmarkSelection(benchmark, otherParams, threads, timing, everyJvm);
  }

  /** The same selection timed in {@code modes} only. */
  public BenchmarkSelection timedBy(TimingModes modes) {
    return new BenchmarkSelection(benchmark, params, threads, modes, everyJvm);
  }

  /** The same selection, run on the launcher's JVM only. */
  public BenchmarkSelection launcherJvmOnly() {
    return new BenchmarkSelection(benchmark, params, threads, timing, false);
  }

  /** A short label for logs: the class's simple name, plus the thread count when above 1. */
  public String label() {
    return benchmark.getSimpleName() + (threads > 1 ? " (" + threads + " threads)" : "");
  }

  /** The JMH include pattern matching exactly this class's benchmark methods. */
  public String includePattern() {
    return "^" + Pattern.quote(benchmark.getName()) + "\\.";
  }

  /** Number of parameter combinations (trials per JVM, per mode). */
  public int combinations() {
    return params.values().stream().mapToInt(List::size).reduce(1, (a, b) -> a * b);
  }
}
