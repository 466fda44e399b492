package dev.statebench.gate;

import dev.statebench.compare.AllocationComparison;
import dev.statebench.compare.BenchmarkKey;
import dev.statebench.compare.ScoreDirection;
import dev.statebench.compare.ScoreFormat;
import dev.statebench.compare.Verdict;
import java.util.List;
import java.util.Locale;

/**
 * The gate's report as GitHub-flavoured markdown (for {@code $GITHUB_STEP_SUMMARY}): a verdict line, how the verdict
 * is reached, one row per benchmark with the medians, the paired ratio and its 95% interval, the adjusted p-value and
 * the verdict, and the benchmarks that only one build has.
 */
public final class GateMarkdownWriter {

  public String write(GateReport report) {
    GateRules rules = report.rules();
    StringBuilder md = new StringBuilder();
    md.append("## statebench gate: ").append(report.headline()).append("\n\n");
    md.append(String.format(Locale.ROOT,
        "%d interleaved rounds (one fork of each build per round). A regression needs the geometric-mean paired "
            + "ratio worse than the threshold (default %s) and a paired t-test on the log ratios significant at "
            + "α = %s after %s correction over the scores and allocations of %d benchmarks; at least %d paired rounds "
            + "per benchmark. Scores: %d regression(s), %d improvement(s), %d no change, %d inconclusive, "
            + "%d too little data.\n\n",
        report.rounds(), String.format(Locale.ROOT, "%.3g%%", rules.thresholds().defaultThreshold() * 100),
        ScoreFormat.number(rules.alpha()), correction(rules.correction()),
        report.judgements().size() - report.count(GateVerdict.TOO_LITTLE_DATA), rules.minimumPairs(),
        report.count(GateVerdict.REGRESSION), report.count(GateVerdict.IMPROVEMENT),
        report.count(GateVerdict.NO_CHANGE), report.count(GateVerdict.INCONCLUSIVE),
        report.count(GateVerdict.TOO_LITTLE_DATA)));
    md.append("| benchmark | params | mode | rounds | base (median) | new (median) | new/base (95% CI) "
        + "| p (adjusted) | verdict | allocation |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (BenchmarkJudgement j : report.judgements()) {
      PairedSamples s = j.samples();
      PairedRatio r = j.ratio();
      md.append("| ").append(cell(s.key().shortName() + (s.key().jvm().isEmpty() ? "" : " @" + s.key().jvm())))
          .append(" | ").append(cell(s.key().paramsText()))
          .append(" | ").append(s.key().mode())
          .append(" | ").append(r.pairs())
          .append(" | ").append(median(s.base(), s.unit()))
          .append(" | ").append(median(s.candidate(), s.unit()))
          .append(" | ").append(ratio(j))
          .append(" | ").append(ScoreFormat.error(j.adjustedP()))
          .append(" | ").append(verdict(j))
          .append(" | ").append(j.allocation().map(GateMarkdownWriter::allocation).orElse("—"))
          .append(" |\n");
    }
    unmatched(md, "Only in the base build", report.onlyInBase());
    unmatched(md, "Only in the new build", report.onlyInNew());
    return md.toString();
  }

  private static String correction(MultipleComparisons correction) {
    return correction == MultipleComparisons.HOLM ? "Holm" : "Benjamini–Hochberg";
  }

  /** The ratio in the score's own direction (new/base), with its interval; "n/a" without pairs. */
  private static String ratio(BenchmarkJudgement j) {
    PairedRatio r = j.ratio();
    boolean lowerIsBetter = j.samples().direction() == ScoreDirection.LOWER_IS_BETTER;
    double point = toRatio(r.relativeWorsening(), lowerIsBetter);
    if (Double.isNaN(r.lower95())) {
      return ScoreFormat.ratio(point);
    }
    double a = toRatio(r.lower95(), lowerIsBetter);
    double b = toRatio(r.upper95(), lowerIsBetter);
    return ScoreFormat.ratio(point) + " [" + ScoreFormat.ratio(Math.min(a, b)) + ", "
        + ScoreFormat.ratio(Math.max(a, b)) + "]";
  }

  private static double toRatio(double worsening, boolean lowerIsBetter) {
    return lowerIsBetter ? 1 + worsening : 1 / (1 + worsening);
  }

  private static String verdict(BenchmarkJudgement j) {
    String label = j.verdict().label();
    return j.verdict() == GateVerdict.REGRESSION ? "**" + label + "**" : label;
  }

  private static String allocation(AllocationComparison a) {
    String text = ScoreFormat.number(a.baseline().score()) + " → " + ScoreFormat.number(a.candidate().score())
        + " B/op";
    return a.verdict() == Verdict.REGRESSION ? "**" + text + " regression**"
        : text + " " + a.verdict().label();
  }

  private static String median(double[] values, String unit) {
    return values.length == 0 ? "n/a" : ScoreFormat.number(Median.of(values)) + " " + unit;
  }

  private static void unmatched(StringBuilder md, String title, List<BenchmarkKey> keys) {
    if (keys.isEmpty()) {
      return;
    }
    md.append("\n").append(title).append(" (not judged): ");
    md.append(String.join(", ", keys.stream().map(BenchmarkKey::exportName).toList())).append("\n");
  }

  private static String cell(String text) {
    return text.replace("|", "\\|");
  }
}
