package dev.statebench.results.load;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What one offered rate of an open-loop sweep shows: {@code ok} (the target kept up), {@code saturated} (achieved
 * below 95% of offered, or timeouts), or {@code schedule-not-kept} (the generator fell behind its own schedule, so
 * the latencies describe the generator, not the target, and are not reported).
 */
public enum LoadVerdict {
  OK, SATURATED, SCHEDULE_NOT_KEPT;

  @JsonValue
  public String text() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @JsonCreator
  public static LoadVerdict parse(String text) {
    for (LoadVerdict verdict : values()) {
      if (verdict.text().equals(text)) {
        return verdict;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a verdict (ok, saturated, schedule-not-kept)");
  }
}
