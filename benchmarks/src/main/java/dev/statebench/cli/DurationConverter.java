package dev.statebench.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads durations as a number and a unit ({@code 500ms}, {@code 10s}, {@code 1.5s}, {@code 2m}, {@code 250us}). */
final class DurationConverter implements ITypeConverter<Duration> {
  private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)(us|µs|ms|s|m|h)");

  @Override
  public Duration convert(String text) {
    return parse(text);
  }

  static Duration parse(String text) {
    Matcher m = FORM.matcher(text.trim().toLowerCase(java.util.Locale.ROOT));
    if (!m.matches()) {
      throw new TypeConversionException("'" + text + "' is not a duration such as 500ms, 10s, 1.5s or 2m");
    }
    double value = Double.parseDouble(m.group(1));
    double nanosPerUnit = switch (m.group(2)) {
      case "us", "µs" -> 1e3;
      case "ms" -> 1e6;
      case "s" -> 1e9;
      case "m" -> 60e9;
      default -> 3600e9;
    };
    return Duration.ofNanos(Math.round(value * nanosPerUnit));
  }
}
