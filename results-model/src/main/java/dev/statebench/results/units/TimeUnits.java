package dev.statebench.results.units;

import java.util.Map;

/** The time units scenario files accept, in nanoseconds each: ns, us (or µs), ms, s, min, h, d. */
public final class TimeUnits {
  public static final String NAMES = "ns, us, ms, s, min, h, d";
  private static final Map<String, Double> NANOS = Map.ofEntries(
      Map.entry("ns", 1.0), Map.entry("us", 1e3), Map.entry("µs", 1e3), Map.entry("ms", 1e6), Map.entry("s", 1e9),
      Map.entry("min", 60e9), Map.entry("h", 3600e9), Map.entry("d", 86400e9));

  private TimeUnits() {}

  /** Nanoseconds in one {@code unit}, or null when it is not a time unit. */
  public static Double nanosPer(String unit) {
    return NANOS.get(unit);
  }
}
