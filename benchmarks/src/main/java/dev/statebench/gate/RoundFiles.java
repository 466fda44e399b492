package dev.statebench.gate;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of the files one fork leaves in the rounds folder: {@code r007-new-JwtVerifyBenchmark.json} (JMH's own JSON)
 * and the matching {@code .log}. The name carries everything the judge needs to pair forks: round, side, invocation.
 */
public final class RoundFiles {
  private static final Pattern RESULT = Pattern.compile("r(\\d+)-(base|new)-([A-Za-z0-9_.]+)\\.json");

  /** What a result file's name says. */
  public record Name(int round, String side, String invocation) {}

  private RoundFiles() {}

  public static Path result(Path folder, int round, String side, JmhInvocation invocation) {
    return folder.resolve(stem(round, side, invocation) + ".json");
  }

  public static Path log(Path folder, int round, String side, JmhInvocation invocation) {
    return folder.resolve(stem(round, side, invocation) + ".log");
  }

  /** Parses a result file name; empty for any other file. */
  public static Optional<Name> parse(Path file) {
    Matcher m = RESULT.matcher(file.getFileName().toString());
    return m.matches()
        ? Optional.of(new Name(Integer.parseInt(m.group(1)), m.group(2), m.group(3)))
        : Optional.empty();
  }

  private static String stem(int round, String side, JmhInvocation invocation) {
    return String.format(Locale.ROOT, "r%03d-%s-%s", round, side, invocation.label());
  }
}
