package dev.statebench.report;

import dev.statebench.results.format.Numbers;
import dev.statebench.results.sim.Estimate;
import dev.statebench.results.stats.ConfidenceInterval;

/** How a table cell shows an estimate: {@code value ± half-width} in the house number format, a dash when absent. */
final class Cells {
  static final String NOT_MEASURED = "not measured in this run";

  private Cells() {}

  static String of(Estimate estimate) {
    return estimate == null ? Numbers.MISSING : Numbers.withInterval(estimate.mean(), estimate.halfWidthOrNaN());
  }

  static String of(ConfidenceInterval interval) {
    return interval == null ? Numbers.MISSING : Numbers.withInterval(interval.mean(), interval.halfWidth());
  }

  /** A share with its interval as percentages: {@code 12.8% ± 0.3%}. */
  static String percent(double fraction, double halfWidth) {
    if (!Double.isFinite(fraction)) {
      return Numbers.MISSING;
    }
    return Numbers.format(fraction * 100) + "%" + (Double.isFinite(halfWidth) ? " ± " + Numbers.format(halfWidth * 100)
        + "%" : "");
  }
}
