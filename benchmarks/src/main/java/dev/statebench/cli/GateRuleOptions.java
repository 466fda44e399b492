package dev.statebench.cli;

import dev.statebench.UserFacingException;
import dev.statebench.compare.AllocationRule;
import dev.statebench.compare.Thresholds;
import dev.statebench.gate.GateRules;
import dev.statebench.gate.MultipleComparisons;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that tune the interleaved gate's verdicts, shared by {@code gate}, {@code gate-judge} and calibration. */
final class GateRuleOptions {
  /** The multiplicity corrections by their command-line names. */
  enum Correction {
    holm(MultipleComparisons.HOLM), bh(MultipleComparisons.BENJAMINI_HOCHBERG);

    final MultipleComparisons procedure;

    Correction(MultipleComparisons procedure) {
      this.procedure = procedure;
    }
  }

  @Option(names = "--threshold", paramLabel = "PCT", defaultValue = "5%",
      description = "Smallest change that matters (default: ${DEFAULT-VALUE}).")
  String threshold;

  @Option(names = "--threshold-for", paramLabel = "PATTERN=PCT",
      description = "Threshold for benchmarks whose name, params or mode match the regex (first match wins). "
          + "Repeatable.")
  List<String> thresholdFor = new ArrayList<>();

  @Option(names = "--alpha", paramLabel = "LEVEL", defaultValue = "0.01",
      description = "Family-wise level (holm) or false-discovery rate (bh) over all benchmarks "
          + "(default: ${DEFAULT-VALUE}).")
  double alpha;

  @Option(names = "--correction", paramLabel = "METHOD", defaultValue = "holm",
      description = "Multiple-comparison correction: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Correction correction;

  @Option(names = "--min-pairs", paramLabel = "N", defaultValue = "3",
      description = "Paired rounds a benchmark needs for a verdict, at least 3 (default: ${DEFAULT-VALUE}).")
  int minimumPairs;

  @Option(names = "--alloc-threshold", paramLabel = "PCT", defaultValue = "2%",
      description = "Relative allocation change that matters (default: ${DEFAULT-VALUE}).")
  String allocationThreshold;

  @Option(names = "--alloc-min-bytes", paramLabel = "BYTES", defaultValue = "16",
      description = "Absolute allocation change that matters, bytes per op (default: ${DEFAULT-VALUE}).")
  double allocationMinBytes;

  GateRules rules() {
    if (!(alpha > 0 && alpha < 1)) {
      throw new UserFacingException("--alpha must be between 0 and 1, got " + alpha);
    }
    if (minimumPairs < GateRules.MIN_PAIRS) {
      throw new UserFacingException("--min-pairs must be at least " + GateRules.MIN_PAIRS + ", got " + minimumPairs);
    }
    if (allocationMinBytes < 0) {
      throw new UserFacingException("--alloc-min-bytes must not be negative, got " + allocationMinBytes);
    }
    return new GateRules(Thresholds.parse(Thresholds.parsePercent(threshold), thresholdFor), alpha,
        correction.procedure,
        new AllocationRule(Thresholds.parsePercent(allocationThreshold), allocationMinBytes), minimumPairs);
  }
}
