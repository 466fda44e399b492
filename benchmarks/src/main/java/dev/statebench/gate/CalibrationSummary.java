package dev.statebench.gate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.IntervalUtils;

/**
 * The calibration's result as markdown: per kind of comparison (A/A, each slowdown) the false-alarm rate, the
 * detection rate on the slowed rows and the slowdown actually measured, each rate with its exact 95% Clopper–Pearson
 * interval and its n. This text goes into the README as the command prints it.
 */
public final class CalibrationSummary {
  private CalibrationSummary() {}

  /** One line describing how each comparison ran, recorded beside the comparisons as {@code setup.txt}. */
  public static String setup(InterleavedGate.Plan plan) {
    return String.format(Locale.ROOT, "Set `%s`, %s; per comparison at most %d rounds within %d s; forks: %d warm-up "
            + "+ %d measurement iterations of %d s, modes %s.",
        plan.set().name().toLowerCase(Locale.ROOT), plan.duet() ? "duet (the two forks of a pair at once)"
            : "the two forks of a pair one after the other", plan.maxRounds(), plan.budget().toSeconds(),
        plan.fork().warmupIterations(), plan.fork().iterations(), plan.fork().iterationSeconds(),
        String.join(",", plan.fork().modes()));
  }

  /**
   * @param setup what {@link #setup} said about the comparisons
   * @param command the command that measured them (or re-judged them)
   */
  public static String markdown(List<GateCalibration.Outcome> outcomes, String setup, GateRules rules,
      String command) {
    Map<Integer, List<GateCalibration.Outcome>> byKind = new LinkedHashMap<>();
    outcomes.stream().sorted((a, b) -> Integer.compare(order(a.slowdown()), order(b.slowdown())))
        .forEach(o -> byKind.computeIfAbsent(o.slowdown(), k -> new ArrayList<>()).add(o));
    Duration total = outcomes.stream().map(GateCalibration.Outcome::elapsed).reduce(Duration.ZERO, Duration::plus);
    StringBuilder md = new StringBuilder();
    md.append("### Gate calibration\n\n");
    md.append("Command: `").append(command).append("`\n\n");
    md.append(setup).append(String.format(Locale.ROOT, " Threshold %s, α = %s (%s). %d comparisons%s.%n%n",
        String.format(Locale.ROOT, "%.3g%%", rules.thresholds().defaultThreshold() * 100), rules.alpha(),
        rules.correction() == MultipleComparisons.HOLM ? "Holm" : "Benjamini–Hochberg",
        outcomes.size(), total.isZero() ? "" : " in " + total.toMinutes() + " min of wall time"));
    md.append("| comparison | n | rounds | comparisons with a false alarm | false alarms / unchanged rows "
        + "| detected / slowed rows | measured slowdown (mean) |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    byKind.forEach((kind, list) -> {
      int n = list.size();
      int minRounds = list.stream().mapToInt(GateCalibration.Outcome::rounds).min().orElse(0);
      int maxRounds = list.stream().mapToInt(GateCalibration.Outcome::rounds).max().orElse(0);
      int withAlarm = (int) list.stream().filter(o -> o.falseAlarms() > 0).count();
      int alarms = list.stream().mapToInt(GateCalibration.Outcome::falseAlarms).sum();
      int others = list.stream().mapToInt(GateCalibration.Outcome::otherRows).sum();
      int detected = list.stream().mapToInt(GateCalibration.Outcome::detected).sum();
      int slowed = list.stream().mapToInt(GateCalibration.Outcome::slowedRows).sum();
      double measured = list.stream().mapToDouble(GateCalibration.Outcome::measuredSlowdown)
          .filter(Double::isFinite).average().orElse(Double.NaN);
      md.append("| ").append(kindLabel(kind))
          .append(" | ").append(n)
          .append(" | ").append(minRounds == maxRounds ? String.valueOf(minRounds) : minRounds + "–" + maxRounds)
          .append(" | ").append(rate(withAlarm, n))
          .append(" | ").append(rate(alarms, others))
          .append(" | ").append(kind == 0 ? "—" : rate(detected, slowed))
          .append(" | ").append(kind == 0 || Double.isNaN(measured) ? "—"
              : String.format(Locale.ROOT, "%+.1f%%", measured * 100))
          .append(" |\n");
    });
    md.append("\nRates are given as k/n = percentage [95% Clopper–Pearson interval].\n");
    md.append(roundsNeeded(outcomes, rules));
    return md.toString();
  }

  /**
   * What budget would reach the targets on a machine as noisy as this one: the pooled standard deviation σ of the
   * per-round log ratios (deviations from each row's own mean, all comparisons and rows), and the rounds n a paired
   * test needs for 80% power against a slowdown δ at the first Holm step, α / m with m rows per comparison, by the
   * normal approximation {@code n = ((z(1 − α/2m) + z(0.8)) σ / ln(1 + δ))²}. The threshold condition is left out,
   * so these are lower bounds.
   */
  static String roundsNeeded(List<GateCalibration.Outcome> outcomes, GateRules rules) {
    double squares = outcomes.stream().mapToDouble(GateCalibration.Outcome::squaredDeviations).sum();
    int df = outcomes.stream().mapToInt(GateCalibration.Outcome::degreesOfFreedom).sum();
    int rows = outcomes.stream().mapToInt(o -> o.slowedRows() + o.otherRows()).max().orElse(0);
    if (df == 0 || rows == 0) {
      return "";
    }
    double sigma = Math.sqrt(squares / df);
    NormalDistribution normal = new NormalDistribution();
    double z = normal.inverseCumulativeProbability(1 - rules.alpha() / (2.0 * rows))
        + normal.inverseCumulativeProbability(0.8);
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%nBetween-round noise: σ = %.3f of ln(new/base)"
        + " (pooled over %d degrees of freedom). Rounds needed for 80%% power with %d rows per comparison:", sigma, df,
        rows));
    for (double slowdown : new double[] {0.05, 0.10, 0.20}) {
      double n = Math.pow(z * sigma / Math.log1p(slowdown), 2);
      text.append(String.format(Locale.ROOT, " %.0f%% → %d;", slowdown * 100, Math.max(3, (long) Math.ceil(n))));
    }
    text.setLength(text.length() - 1);
    return text.append(" (normal approximation, threshold condition left out; allocation tests join the Holm family "
        + "too and raise these a little).\n").toString();
  }

  /** {@code 3/20 = 15% [3.2%, 37.9%]}; {@code 0/0} when there was nothing to count. */
  static String rate(int successes, int trials) {
    if (trials == 0) {
      return "0/0";
    }
    double lower;
    double upper;
    if (successes == 0 || successes == trials) {
      // commons-math's F-distribution form needs 0 < k < n; at the edges the exact bound is (α/2)^(1/n).
      double edge = Math.pow(0.025, 1.0 / trials);
      lower = successes == 0 ? 0 : edge;
      upper = successes == 0 ? 1 - edge : 1;
    } else {
      ConfidenceInterval ci = IntervalUtils.getClopperPearsonInterval(trials, successes, 0.95);
      lower = ci.getLowerBound();
      upper = ci.getUpperBound();
    }
    return String.format(Locale.ROOT, "%d/%d = %.0f%% [%.1f%%, %.1f%%]", successes, trials,
        100.0 * successes / trials, 100 * lower, 100 * upper);
  }

  private static int order(int kind) {
    return kind < 0 ? Integer.MAX_VALUE : kind;
  }

  private static String kindLabel(int kind) {
    return kind == 0 ? "A/A" : kind < 0 ? "A/B (slower jar)" : "A/B +" + kind + "%";
  }
}
