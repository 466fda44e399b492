package dev.statebench.results.units;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration as scenario files write it ({@code 500us}, {@code 10ms}, {@code 360s}, {@code 1min}, {@code 1h},
 * {@code 1d}), kept with its original text so a file reads back as it was written.
 *
 * @param text the duration as written
 * @param nanos the same duration in (fractional) nanoseconds
 */
public record ScenarioDuration(String text, double nanos) {
  private static final Pattern QUANTITY =
      Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*([a-zµ]*)\\s*");

  /** Parses {@code text}; a bare {@code 0} is allowed, any other number needs a unit. */
  @JsonCreator
  public static ScenarioDuration parse(String text) {
    Matcher m = QUANTITY.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a duration (write e.g. 5ms, 600s, 2min)");
    }
    double value = Double.parseDouble(m.group(1));
    if (m.group(2).isEmpty()) {
      if (value == 0) {
        return new ScenarioDuration(text, 0);
      }
      throw new IllegalArgumentException("'" + text + "' needs a unit (" + TimeUnits.NAMES + ")");
    }
    Double scale = TimeUnits.nanosPer(m.group(2));
    if (scale == null) {
      throw new IllegalArgumentException("'" + text + "' has an unknown unit '" + m.group(2) + "' ("
          + TimeUnits.NAMES + ")");
    }
    return new ScenarioDuration(text, value * scale);
  }

  @JsonValue
  public String text() {
    return text;
  }

  public double millis() {
    return nanos / 1e6;
  }

  public double seconds() {
    return nanos / 1e9;
  }
}
