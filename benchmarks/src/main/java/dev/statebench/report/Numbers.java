package dev.statebench.report;

import java.util.Locale;

/** How the report writes numbers: a few significant digits, a dash for what is missing. */
final class Numbers {
  static final String MISSING = "—";

  private Numbers() {}

  /** Three significant digits for small values, whole numbers from 1000 up; {@link #MISSING} for NaN. */
  static String format(double value) {
    if (!Double.isFinite(value)) {
      return MISSING;
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (magnitude >= 100) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (magnitude >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    if (magnitude >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.3g", value);
  }

  /** {@code value ± halfWidth}, or the value alone when there is no interval. */
  static String withInterval(double value, double halfWidth) {
    return Double.isFinite(halfWidth) ? format(value) + " ± " + format(halfWidth) : format(value);
  }

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
