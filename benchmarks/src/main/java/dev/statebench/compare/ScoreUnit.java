package dev.statebench.compare;

import dev.statebench.UserFacingException;
import java.util.Map;

/**
 * A JMH score unit ({@code ns/op}, {@code us/op}, {@code ops/ms}, …) taken apart, so that exporters can convert scores
 * to the units their tools expect.
 *
 * @param timePerOperation {@code true} for {@code <time>/op}, {@code false} for {@code ops/<time>}
 * @param timeUnit JMH's short time unit: {@code ns}, {@code us}, {@code ms}, {@code s}, {@code min}, {@code hr}
 */
record ScoreUnit(boolean timePerOperation, String timeUnit) {
  private static final Map<String, Double> NANOS = Map.of(
      "ns", 1.0, "us", 1e3, "ms", 1e6, "s", 1e9, "min", 60e9, "hr", 3600e9);

  static ScoreUnit parse(String unit) {
    String[] parts = unit.split("/");
    if (parts.length == 2 && parts[1].equals("op") && NANOS.containsKey(parts[0])) {
      return new ScoreUnit(true, parts[0]);
    }
    if (parts.length == 2 && parts[0].equals("ops") && NANOS.containsKey(parts[1])) {
      return new ScoreUnit(false, parts[1]);
    }
    throw new UserFacingException("unknown JMH score unit '" + unit + "' (expected e.g. ns/op or ops/s)");
  }

  /** Multiply a time-per-operation score by this to get nanoseconds per operation. */
  double toNanosPerOperation() {
    return NANOS.get(timeUnit);
  }

  /** Multiply a throughput score by this to get operations per second. */
  double toOperationsPerSecond() {
    return 1e9 / NANOS.get(timeUnit);
  }

  /** The unit of the reciprocal score: {@code ops/us} ↔ {@code us/op}. */
  String inverted() {
    return timePerOperation ? "ops/" + timeUnit : timeUnit + "/op";
  }
}
