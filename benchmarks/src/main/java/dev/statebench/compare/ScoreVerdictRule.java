package dev.statebench.compare;

import java.util.OptionalDouble;
import org.apache.commons.math3.stat.inference.MannWhitneyUTest;
import org.apache.commons.math3.util.CombinatoricsUtils;

/**
 * Decides whether a benchmark's score got worse, better, or neither: the heart of the regression gate.
 *
 * <p>A change is declared only when it is both <b>practically large</b> and <b>statistically clear</b>:
 *
 * <ol>
 *   <li>Large: the relative change in the bad direction is strictly beyond the threshold (default 10%): a time per
 *       operation rising from 100 to more than 110, or a throughput falling from 100 to less than 90.
 *   <li>Clear: the two confidence intervals JMH reports ({@code scoreConfidence}, 99.9% by default, Student's t over
 *       all measurement iterations) do not overlap, <em>and</em>, when the Mann–Whitney U test can decide at the
 *       level α (default 0.01), it rejects "same distribution" on the per-fork mean scores.
 * </ol>
 *
 * <p>Why both tests. Iterations within one fork share JIT decisions, memory layout and GC state, so JMH's interval
 * treats correlated samples as independent and can be too narrow; the forks are the truly independent samples,
 * hence the rank test on one mean per fork (Mann and Whitney, <a href="https://doi.org/10.1214/aoms/1177730491">Ann.
 * Math. Statist. 18(1), 1947</a>). Ranks make it robust to the outlier forks JVMs produce.
 *
 * <p>When the test applies. Under the null hypothesis every split of the {@code n1 + n2} fork means into two groups
 * is equally likely, so the smallest two-sided p-value the exact test can ever give is {@code 2 / C(n1 + n2, n1)}:
 * 0.1 for 3+3 forks, 0.029 for 4+4, 0.0079 for 5+5, 0.0022 for 6+6. Requiring {@code p < α} when that minimum
 * exceeds α would make a regression impossible to declare however large it is, so the rule is:
 *
 * <ul>
 *   <li>both sides ≥ 3 forks and {@code 2 / C(n1 + n2, n1) ≤ α}: intervals disjoint and {@code p < α}
 *       ({@link StatisticalBasis#INTERVALS_AND_MANN_WHITNEY});
 *   <li>both sides ≥ 3 forks but the minimum p exceeds α (3+3, 4+4 at α = 0.01): intervals only, marked
 *       {@link StatisticalBasis#INTERVALS_ONLY_TEST_CANNOT_REACH_ALPHA};
 *   <li>fewer than 3 forks on a side: intervals only ({@link StatisticalBasis#INTERVALS_ONLY_FEW_FORKS});
 *   <li>no interval on a side (one iteration in total): never clear ({@link StatisticalBasis#NO_INTERVAL}).
 * </ul>
 *
 * <p>The p-value comes from commons-math3's {@link MannWhitneyUTest}, which uses the normal approximation to U's
 * distribution (no continuity correction). Near the reachability boundary it is slightly conservative (4+6 forks,
 * complete separation: approximate p 0.0105 against the exact 0.0095), so with α = 0.01 use at least 5 forks per
 * side for the test to bite; with fewer the verdict rests on the intervals and says so.
 */
public final class ScoreVerdictRule {
  /** The Mann–Whitney test needs at least this many forks on each side to be considered at all. */
  public static final int MIN_FORKS_FOR_RANK_TEST = 3;

  private final double alpha;

  /** @param alpha the Mann–Whitney test's significance level, e.g. 0.01 */
  public ScoreVerdictRule(double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1): " + alpha);
    }
    this.alpha = alpha;
  }

  public double alpha() {
    return alpha;
  }

  /** Compares a candidate score against its baseline; both must have the same unit. */
  public ScoreComparison compare(Metric baseline, Metric candidate, ScoreDirection direction, double threshold) {
    Evidence evidence = evidence(baseline, candidate);
    double ratio = candidate.score() / baseline.score();
    double worsening = direction.relativeWorsening(baseline.score(), candidate.score());
    Verdict verdict;
    if (!(baseline.score() > 0) || !Double.isFinite(worsening)) {
      verdict = Verdict.INCONCLUSIVE;
    } else if (Math.abs(worsening) <= threshold) {
      verdict = Verdict.NO_CHANGE;
    } else if (!evidence.clear()) {
      verdict = Verdict.INCONCLUSIVE;
    } else {
      verdict = worsening > 0 ? Verdict.REGRESSION : Verdict.IMPROVEMENT;
    }
    return new ScoreComparison(ratio, worsening, threshold, evidence, verdict);
  }

  /** The statistical half of the rule alone, see the class comment. */
  public Evidence evidence(Metric baseline, Metric candidate) {
    int n1 = baseline.forks();
    int n2 = candidate.forks();
    boolean disjoint = baseline.intervalDisjointFrom(candidate);
    double minimumP = minimumTwoSidedP(n1, n2);
    if (!baseline.hasInterval() || !candidate.hasInterval()) {
      return new Evidence(StatisticalBasis.NO_INTERVAL, false, OptionalDouble.empty(), minimumP, n1, n2, false);
    }
    if (n1 < MIN_FORKS_FOR_RANK_TEST || n2 < MIN_FORKS_FOR_RANK_TEST) {
      return new Evidence(
          StatisticalBasis.INTERVALS_ONLY_FEW_FORKS, disjoint, OptionalDouble.empty(), minimumP, n1, n2, disjoint);
    }
    if (minimumP > alpha) {
      return new Evidence(
          StatisticalBasis.INTERVALS_ONLY_TEST_CANNOT_REACH_ALPHA,
          disjoint, OptionalDouble.empty(), minimumP, n1, n2, disjoint);
    }
    double p = new MannWhitneyUTest().mannWhitneyUTest(baseline.forkMeans(), candidate.forkMeans());
    return new Evidence(
        StatisticalBasis.INTERVALS_AND_MANN_WHITNEY,
        disjoint, OptionalDouble.of(p), minimumP, n1, n2, disjoint && p < alpha);
  }

  /**
   * The smallest two-sided p-value of the exact Mann–Whitney test with {@code n1} and {@code n2} observations and no
   * ties: both one-sided extremes (complete separation either way) out of {@code C(n1 + n2, n1)} equally likely
   * rankings. 1 when a side is empty.
   */
  public static double minimumTwoSidedP(int n1, int n2) {
    if (n1 == 0 || n2 == 0) {
      return 1;
    }
    return Math.min(1, 2 / CombinatoricsUtils.binomialCoefficientDouble(n1 + n2, n1));
  }
}
