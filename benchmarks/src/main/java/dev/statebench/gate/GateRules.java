package dev.statebench.gate;

import dev.statebench.compare.AllocationRule;
import dev.statebench.compare.Thresholds;

/**
 * Everything that tunes the interleaved gate's verdicts.
 *
 * @param thresholds the practical threshold per benchmark (default 10%)
 * @param alpha the family-wise level (Holm) or false-discovery rate (Benjamini–Hochberg), e.g. 0.01
 * @param minimumPairs the fewest paired rounds a benchmark needs for any verdict (at least 3: two degrees of freedom)
 */
public record GateRules(Thresholds thresholds, double alpha, MultipleComparisons correction,
    AllocationRule allocationRule, int minimumPairs) {
  /** The default and the smallest allowed {@link #minimumPairs}. */
  public static final int MIN_PAIRS = 3;

  public GateRules {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1): " + alpha);
    }
    if (minimumPairs < MIN_PAIRS) {
      throw new IllegalArgumentException("a verdict needs at least " + MIN_PAIRS + " paired rounds");
    }
  }
}
