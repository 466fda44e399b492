package dev.statebench.compare;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report as GitHub-flavoured markdown: a verdict line, the score table, the allocation table, the simulator
 * tables' differences, and the benchmarks found in one run only. Made to be appended to {@code $GITHUB_STEP_SUMMARY}.
 */
public final class MarkdownReportWriter implements ComparisonReportWriter {
  /** At most this many differing numbers are listed per simulator table; the JSON report lists all. */
  static final int MAX_SIM_DIFFERENCES_SHOWN = 10;

  @Override
  public String write(ComparisonReport report) {
    StringBuilder md = new StringBuilder();
    GateSettings settings = report.settings();
    md.append("## statebench comparison: ").append(report.hasRegression() ? "REGRESSION" : "no regression")
        .append("\n\n");
    md.append("Baseline `").append(report.baselineSource()).append("`, new `").append(report.candidateSource())
        .append("`. ").append(summary(report)).append("\n\n");
    md.append(String.format(Locale.ROOT,
        "A regression needs a change beyond the threshold (default %s) and statistical clarity: JMH's confidence "
            + "intervals disjoint and, when the fork counts allow, a Mann–Whitney U test on per-fork means at "
            + "α = %s. Allocation (B/op) counts beyond %s and %s B.\n\n",
        percentPlain(settings.thresholds().defaultThreshold()), ScoreFormat.number(settings.scoreRule().alpha()),
        percentPlain(settings.allocationRule().relativeTolerance()),
        ScoreFormat.number(settings.allocationRule().absoluteToleranceBytes())));
    scoreTable(md, report);
    allocationTable(md, report);
    simulator(md, report);
    unmatched(md, "Only in the baseline", report.onlyInBaseline());
    unmatched(md, "Only in the new run", report.onlyInCandidate());
    return md.toString();
  }

  private static String summary(ComparisonReport report) {
    String scores = String.format(Locale.ROOT, "Scores: %d regression(s), %d improvement(s), %d no change, "
            + "%d inconclusive.", report.count(Verdict.REGRESSION), report.count(Verdict.IMPROVEMENT),
        report.count(Verdict.NO_CHANGE), report.count(Verdict.INCONCLUSIVE));
    long allocations = report.benchmarks().stream().filter(b -> b.allocation().isPresent()).count();
    if (allocations == 0) {
      return scores;
    }
    return scores + String.format(Locale.ROOT, " Allocation: %d regression(s), %d improvement(s) of %d.",
        report.countAllocation(Verdict.REGRESSION), report.countAllocation(Verdict.IMPROVEMENT), allocations);
  }

  private static void scoreTable(StringBuilder md, ComparisonReport report) {
    md.append("| benchmark | params | mode | baseline | new | ratio | confidence | verdict |\n");
    md.append("|---|---|---|---|---|---|---|---|\n");
    for (BenchmarkComparison b : report.benchmarks()) {
      ScoreComparison s = b.score();
      md.append("| ").append(cell(label(b.key())))
          .append(" | ").append(cell(b.key().paramsText()))
          .append(" | ").append(b.key().mode())
          .append(" | ").append(cell(ScoreFormat.score(b.baseline().primary())))
          .append(" | ").append(cell(ScoreFormat.score(b.candidate().primary())))
          .append(" | ").append(ScoreFormat.ratio(s.ratio())).append(" (")
          .append(Double.isFinite(s.relativeWorsening()) ? worseOrBetter(s.relativeWorsening()) : "n/a").append(")")
          .append(" | ").append(cell(s.evidence().describe()))
          .append(" | ").append(emphasised(s.verdict()))
          .append(s.threshold() == report.settings().thresholds().defaultThreshold() ? ""
              : " (threshold " + percentPlain(s.threshold()) + ")")
          .append(" |\n");
    }
    md.append('\n');
  }

  private static void allocationTable(StringBuilder md, ComparisonReport report) {
    List<BenchmarkComparison> measured = report.benchmarks().stream().filter(b -> b.allocation().isPresent()).toList();
    if (measured.isEmpty()) {
      return;
    }
    md.append("### Allocation per operation (gc.alloc.rate.norm)\n\n");
    md.append("| benchmark | params | mode | baseline | new | change | verdict |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (BenchmarkComparison b : measured) {
      AllocationComparison a = b.allocation().orElseThrow();
      md.append("| ").append(cell(label(b.key())))
          .append(" | ").append(cell(b.key().paramsText()))
          .append(" | ").append(b.key().mode())
          .append(" | ").append(ScoreFormat.number(a.baseline().score())).append(' ').append(a.baseline().unit())
          .append(" | ").append(ScoreFormat.number(a.candidate().score())).append(' ').append(a.candidate().unit())
          .append(" | ").append(bytesChange(a.deltaBytes()))
          .append(" | ").append(emphasised(a.verdict()))
          .append(" |\n");
    }
    md.append('\n');
  }

  private static void simulator(StringBuilder md, ComparisonReport report) {
    SimTableComparison sim = report.simulator();
    if (sim.isEmpty()) {
      return;
    }
    md.append("### Simulator tables (compared exactly)\n\n");
    if (sim.differences().isEmpty()) {
      md.append("All ").append(sim.compared().size()).append(" table(s) in both runs are identical.\n");
    }
    for (Map.Entry<String, List<NumericDifference>> table : sim.differences().entrySet()) {
      List<NumericDifference> diffs = table.getValue();
      long changed = diffs.stream().filter(NumericDifference::isChangedValue).count();
      md.append("- `sim/").append(table.getKey()).append("`: ").append(changed).append(" number(s) changed, ")
          .append(diffs.size() - changed).append(" added or removed")
          .append(changed > 0 && report.settings().failOnSimulatorChanges() ? " — **changed**" : "")
          .append('\n');
      for (NumericDifference d : diffs.subList(0, Math.min(diffs.size(), MAX_SIM_DIFFERENCES_SHOWN))) {
        md.append("  - `").append(d.path()).append("`: ").append(d.describe()).append('\n');
      }
      if (diffs.size() > MAX_SIM_DIFFERENCES_SHOWN) {
        md.append("  - … ").append(diffs.size() - MAX_SIM_DIFFERENCES_SHOWN)
            .append(" more (see `--format json`)\n");
      }
    }
    sim.onlyInBaseline().forEach(t -> md.append("- `sim/").append(t).append("`: only in the baseline\n"));
    sim.onlyInCandidate().forEach(t -> md.append("- `sim/").append(t).append("`: only in the new run\n"));
    md.append('\n');
  }

  private static void unmatched(StringBuilder md, String title, List<BenchmarkKey> keys) {
    if (keys.isEmpty()) {
      return;
    }
    md.append("### ").append(title).append(" (not compared)\n\n");
    keys.forEach(k -> md.append("- ").append(cell(k.exportName())).append('\n'));
    md.append('\n');
  }

  /** {@code +100.0 B}, {@code -3.5 B}; JMH's fractional noise of a few millibytes prints as {@code +0.0 B}. */
  private static String bytesChange(double delta) {
    String text = String.format(Locale.ROOT, "%+.1f B", delta);
    return text.equals("-0.0 B") ? "+0.0 B" : text;
  }

  private static String worseOrBetter(double worsening) {
    return ScoreFormat.percent(Math.abs(worsening)).substring(1) + (worsening > 0 ? " worse" : " better");
  }

  private static String emphasised(Verdict verdict) {
    return switch (verdict) {
      case REGRESSION -> "**regression**";
      case IMPROVEMENT -> "*improvement*";
      default -> verdict.label();
    };
  }

  private static String percentPlain(double fraction) {
    return ScoreFormat.number(fraction * 100) + "%";
  }

  /** Class, method and, when the run used several JVMs, the JVM label. */
  private static String label(BenchmarkKey key) {
    return key.shortName() + (key.jvm().isEmpty() ? "" : " @" + key.jvm());
  }

  /** Keeps a value inside its table cell. */
  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
