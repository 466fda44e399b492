package dev.statebench.results.format;

import java.util.Locale;

/**
 * How every table of statebench writes numbers: three significant digits below 1000, whole numbers with thousands
 * separators from 1000 up, an en dash for what is missing, and {@code value ± half-width} for an estimate. Formatting
 * uses {@link Locale#ROOT}, so tables are identical on every machine.
 */
public final class Numbers {
  /** What a cell holds when there is no figure. */
  public static final String MISSING = "—";

  private Numbers() {}

  /** Three significant digits for small values, whole numbers from 1000 up; {@link #MISSING} for NaN or infinity. */
  public static String format(double value) {
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
    if (magnitude == 0) {
      return "0";
    }
    return String.format(Locale.ROOT, "%.3g", value);
  }

  /** A count or an exact size: whole numbers without decimals (36, 1,169), anything else as {@link #format}. */
  public static String exact(double value) {
    return Double.isFinite(value) && value == Math.rint(value) ? String.format(Locale.ROOT, "%,.0f", value)
        : format(value);
  }

  /** {@code value ± halfWidth}, or the value alone when there is no interval. */
  public static String withInterval(double value, double halfWidth) {
    return Double.isFinite(halfWidth) ? format(value) + " ± " + format(halfWidth) : format(value);
  }

  /** A fraction as a percentage with the digits {@link #format} gives: 0.1234 → {@code 12.3%}. */
  public static String percent(double fraction) {
    return Double.isFinite(fraction) ? format(fraction * 100) + "%" : MISSING;
  }

  /** A confidence level as column headers write it: 0.95 → {@code 95%}, 0.999 → {@code 99.9%}. */
  public static String level(double level) {
    double percent = level * 100;
    return (percent == Math.rint(percent) ? String.format(Locale.ROOT, "%.0f", percent)
        : String.format(Locale.ROOT, "%s", Double.toString(Math.round(percent * 1000) / 1000.0))) + "%";
  }
}
