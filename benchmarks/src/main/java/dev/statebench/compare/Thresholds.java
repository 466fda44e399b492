package dev.statebench.compare;

import dev.statebench.UserFacingException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The practical threshold per benchmark: a default, overridden by {@code PATTERN=PCT} rules. The first rule whose
 * regular expression is found in {@link BenchmarkKey#matchText()} (full benchmark name, parameters, mode, JVM label)
 * wins, so list specific rules before general ones.
 */
public final class Thresholds {

  /** One {@code --threshold-for} rule. */
  public record Rule(Pattern pattern, double threshold) {}

  private final double defaultThreshold;
  private final List<Rule> rules;

  public Thresholds(double defaultThreshold, List<Rule> rules) {
    this.defaultThreshold = defaultThreshold;
    this.rules = List.copyOf(rules);
  }

  /** Parses {@code --threshold-for} values such as {@code JwtVerify.*ES256=25%}. */
  public static Thresholds parse(double defaultThreshold, List<String> patternRules) {
    return new Thresholds(defaultThreshold, patternRules.stream().map(Thresholds::rule).toList());
  }

  private static Rule rule(String text) {
    int equals = text.lastIndexOf('=');
    if (equals <= 0) {
      throw new UserFacingException("--threshold-for '" + text + "' must look like PATTERN=PCT, e.g. 'Jwt.*ES256=25%'");
    }
    try {
      return new Rule(Pattern.compile(text.substring(0, equals)), parsePercent(text.substring(equals + 1)));
    } catch (PatternSyntaxException e) {
      throw new UserFacingException("--threshold-for '" + text + "': bad regular expression: " + e.getDescription(), e);
    }
  }

  /** {@code 10%} or {@code 10} → 0.10. Must be non-negative and finite. */
  public static double parsePercent(String text) {
    String digits = text.strip();
    if (digits.endsWith("%")) {
      digits = digits.substring(0, digits.length() - 1).strip();
    }
    try {
      double fraction = new BigDecimal(digits).movePointLeft(2).doubleValue();
      if (fraction < 0 || !Double.isFinite(fraction)) {
        throw new NumberFormatException();
      }
      return fraction;
    } catch (NumberFormatException e) {
      throw new UserFacingException("'" + text + "' is not a percentage (write e.g. 10%)");
    }
  }

  public double defaultThreshold() {
    return defaultThreshold;
  }

  public double forBenchmark(BenchmarkKey key) {
    String text = key.matchText();
    return rules.stream()
        .filter(rule -> rule.pattern().matcher(text).find())
        .mapToDouble(Rule::threshold)
        .findFirst()
        .orElse(defaultThreshold);
  }
}
