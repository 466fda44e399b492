package dev.statebench.results.units;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rate as scenario files write it ({@code 300/s}, {@code 12000/min}), kept with its original text.
 *
 * @param text the rate as written
 * @param perSecond the same rate in events per second
 */
public record ScenarioRate(String text, double perSecond) {
  private static final Pattern RATE = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*/\\s*([a-z]+)\\s*");

  @JsonCreator
  public static ScenarioRate parse(String text) {
    Matcher m = RATE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + text + "' is not a rate (write e.g. 200/s or 12000/min)");
    }
    Double nanos = TimeUnits.nanosPer(m.group(2));
    if (nanos == null) {
      throw new IllegalArgumentException("'" + text + "' has an unknown time unit '" + m.group(2) + "' ("
          + TimeUnits.NAMES + ")");
    }
    return new ScenarioRate(text, Double.parseDouble(m.group(1)) * 1e9 / nanos);
  }

  @JsonValue
  public String text() {
    return text;
  }
}
