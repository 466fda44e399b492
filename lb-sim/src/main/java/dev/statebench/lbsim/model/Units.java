package dev.statebench.lbsim.model;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values with units, as written in scenarios: durations ({@code 250us}, {@code 5ms}, {@code 600s}, {@code 2min},
 * {@code 1h}, {@code 1d}) and rates ({@code 200/s}, {@code 12000/min}). Bare numbers are refused (except a zero
 * duration), because a bare {@code 5} could mean seconds or milliseconds.
 */
public final class Units {
  private static final Pattern QUANTITY = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*([a-zµ]*)\\s*");
  private static final Pattern RATE = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*/\\s*([a-z]+)\\s*");
  private static final Map<String, Double> NANOS = Map.ofEntries(
      Map.entry("ns", 1.0), Map.entry("us", 1e3), Map.entry("µs", 1e3), Map.entry("ms", 1e6), Map.entry("s", 1e9),
      Map.entry("min", 60e9), Map.entry("h", 3600e9), Map.entry("d", 86400e9));

  private Units() {}

  /** Nanoseconds in one of the units a duration may carry, or null when {@code unit} is not one. */
  public static Double nanosPer(String unit) {
    return NANOS.get(unit);
  }

  /** Parses a duration into (fractional) nanoseconds. */
  public static double parseDuration(String text) {
    Matcher m = QUANTITY.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a duration (write e.g. 5ms, 600s, 2min)");
    }
    double value = Double.parseDouble(m.group(1));
    String unit = m.group(2);
    if (unit.isEmpty()) {
      if (value == 0) {
        return 0;
      }
      throw new IllegalArgumentException("'" + text + "' needs a unit (ns, us, ms, s, min, h, d)");
    }
    Double scale = NANOS.get(unit);
    if (scale == null) {
      throw new IllegalArgumentException("'" + text + "' has an unknown unit '" + unit + "' (ns, us, ms, s, min, h, d)");
    }
    return value * scale;
  }

  /** Parses a duration into whole nanoseconds. */
  public static long parseDurationNanos(String text) {
    double nanos = parseDuration(text);
    if (nanos > Long.MAX_VALUE / 2.0) {
      throw new IllegalArgumentException("'" + text + "' is too long");
    }
    return Math.round(nanos);
  }

  /** Parses a rate such as {@code 200/s} into events per nanosecond. */
  public static double parseRatePerNano(String text) {
    Matcher m = RATE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a rate (write e.g. 200/s or 12000/min)");
    }
    Double per = NANOS.get(m.group(2));
    if (per == null) {
      throw new IllegalArgumentException("'" + text + "' has an unknown time unit '" + m.group(2) + "'");
    }
    return Double.parseDouble(m.group(1)) / per;
  }
}
