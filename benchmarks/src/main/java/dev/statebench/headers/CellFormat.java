package dev.statebench.headers;

import java.util.Locale;

/** How numbers appear in table cells: locale-independent, fixed decimals, so CSV and markdown agree. */
final class CellFormat {
  private CellFormat() {}

  static String bytes(long value) {
    return Long.toString(value);
  }

  static String oneDecimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String twoDecimals(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }
}
