package dev.statebench.compare;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * How scores, errors and ratios are printed: scores with four significant digits, errors with three, no exponent, no
 * locale surprises.
 */
public final class ScoreFormat {
  private static final MathContext FOUR_DIGITS = new MathContext(4);
  private static final MathContext THREE_DIGITS = new MathContext(3);

  private ScoreFormat() {}

  /** {@code 73.12}, {@code 0.0001234}, {@code 12350}; {@code n/a} for NaN. */
  public static String number(double value) {
    return rounded(value, FOUR_DIGITS);
  }

  /** An error or range: {@code 2.04}, {@code 0.0123}; {@code n/a} for NaN. */
  public static String error(double value) {
    return rounded(value, THREE_DIGITS);
  }

  private static String rounded(double value, MathContext digits) {
    if (!Double.isFinite(value)) {
      return "n/a";
    }
    return new BigDecimal(value).round(digits).stripTrailingZeros().toPlainString();
  }

  /** {@code 73.12 ± 1.05 us/op}, or {@code 73.12 us/op} when JMH gave no error. */
  public static String score(Metric metric) {
    String error = Double.isFinite(metric.error()) ? " ± " + error(metric.error()) : "";
    return number(metric.score()) + error + " " + metric.unit();
  }

  /** {@code +12.3%}, {@code -4.0%}. */
  public static String percent(double fraction) {
    return String.format(Locale.ROOT, "%+.1f%%", fraction * 100);
  }

  /** {@code 1.123}. */
  public static String ratio(double ratio) {
    return Double.isFinite(ratio) ? String.format(Locale.ROOT, "%.3f", ratio) : "n/a";
  }
}
