package dev.statebench.gate;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Adjusts the p-values of all benchmarks judged in one gate run, so that judging forty benchmarks at once does not
 * multiply the chance of a false alarm by forty. {@code NaN} entries (benchmarks with too little data) are not part of
 * the family and stay {@code NaN}.
 */
public enum MultipleComparisons {
  /**
   * Holm's step-down procedure: controls the family-wise error rate, the chance of even one false alarm in a run
   * (Holm, Scand. J. Statist. 6(2), 1979, <a href="https://www.jstor.org/stable/4615733">jstor 4615733</a>).
   * The default: a CI gate that fails a build must almost never do so on noise.
   */
  HOLM,
  /**
   * Benjamini–Hochberg's step-up procedure: controls the expected share of false discoveries among the flagged
   * (J. R. Statist. Soc. B 57(1), 1995, <a href="https://doi.org/10.1111/j.2517-6161.1995.tb02031.x">
   * doi:10.1111/j.2517-6161.1995.tb02031.x</a>). More power when many benchmarks change together; when nothing changed
   * it protects exactly as Holm does.
   */
  BENJAMINI_HOCHBERG;

  /** The adjusted p-values, in the order of {@code p}. */
  public double[] adjust(double[] p) {
    int[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
        .sorted(Comparator.comparingDouble(i -> p[i])).mapToInt(Integer::intValue).toArray();
    int m = order.length;
    double[] adjusted = new double[p.length];
    Arrays.fill(adjusted, Double.NaN);
    if (this == HOLM) {
      double running = 0;
      for (int rank = 0; rank < m; rank++) {
        running = Math.max(running, Math.min(1, (m - rank) * p[order[rank]]));
        adjusted[order[rank]] = running;
      }
    } else {
      double running = 1;
      for (int rank = m - 1; rank >= 0; rank--) {
        running = Math.min(running, Math.min(1, (double) m / (rank + 1) * p[order[rank]]));
        adjusted[order[rank]] = running;
      }
    }
    return adjusted;
  }
}
