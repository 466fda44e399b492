package dev.statebench.run;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One benchmark class of a profile and the {@code @Param} values it runs with. Each selection is one JMH run, so
 * parameters with the same name in different classes (e.g. {@code path}) can take different values.
 *
 * @param benchmark the JMH benchmark class
 * @param params parameter name to the values to run, in order
 */
public record BenchmarkSelection(Class<?> benchmark, Map<String, List<String>> params) {
  public BenchmarkSelection {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
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
