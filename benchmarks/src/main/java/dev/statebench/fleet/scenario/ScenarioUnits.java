package dev.statebench.fleet.scenario;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations ({@code 5ms}, {@code 600s}, {@code 1min}) and rates ({@code 77/s}, {@code 12000/min}) written the way the
 * simulator's scenario files write them: a number and a unit, the unit required.
 */
public final class ScenarioUnits {
  private static final Pattern AMOUNT = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*([a-z]+)\\s*");

  private ScenarioUnits() {}

  /** Nanoseconds in {@code text}, e.g. {@code 5ms}; throws {@link ScenarioException} naming {@code key}. */
  public static long nanos(String key, String text) {
    Matcher m = AMOUNT.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new ScenarioException(key + ": expected a duration with a unit (ns, us, ms, s, min, h, d), got '" + text + "'");
    }
    double value = Double.parseDouble(m.group(1));
    return Math.round(value * unitNanos(key, m.group(2), text));
  }

  /** Events per second in {@code text}, e.g. {@code 77/s} or {@code 600/min}. */
  public static double perSecond(String key, String text) {
    String t = text == null ? "" : text.strip();
    int slash = t.indexOf('/');
    if (slash < 0) {
      throw new ScenarioException(key + ": expected a rate such as 200/s or 600/min, got '" + text + "'");
    }
    double count;
    try {
      count = Double.parseDouble(t.substring(0, slash).strip());
    } catch (NumberFormatException e) {
      throw new ScenarioException(key + ": expected a rate such as 200/s or 600/min, got '" + text + "'");
    }
    String unit = t.substring(slash + 1).strip();
    long per = nanos(key, (Character.isDigit(unit.isEmpty() ? 'x' : unit.charAt(0)) ? "" : "1") + unit);
    return count * 1e9 / per;
  }

  private static double unitNanos(String key, String unit, String text) {
    return switch (unit) {
      case "ns" -> 1;
      case "us" -> 1e3;
      case "ms" -> 1e6;
      case "s" -> 1e9;
      case "min" -> 60e9;
      case "h" -> 3600e9;
      case "d" -> 86400e9;
      default -> throw new ScenarioException(key + ": unknown time unit '" + unit + "' in '" + text
          + "' (use ns, us, ms, s, min, h, d)");
    };
  }
}
