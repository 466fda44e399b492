package dev.statebench.report;

/** JMH's time units, converted to the microseconds every cost table uses. */
final class JmhUnits {
  private JmhUnits() {}

  /** A JMH time unit's factor to microseconds ({@code us/op} → 1, {@code ns/op} → 0.001); NaN for rates. */
  static double toMicros(String unit) {
    return switch (unit) {
      case "ns/op" -> 0.001;
      case "us/op" -> 1;
      case "ms/op" -> 1000;
      case "s/op" -> 1_000_000;
      default -> Double.NaN;
    };
  }
}
