package dev.statebench.gate;

import dev.statebench.compare.ScoreDirection;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.apache.commons.math3.stat.inference.TTest;

/**
 * The statistical half of the gate: is the per-round log ratio of the two builds' scores centred away from zero?
 *
 * <p>Why this test. The gate runs one fork of each build per round, in random order, so under "no change" the two
 * forks of a round are exchangeable and {@code d = ln(new / base)} is symmetric about zero. Between-fork variation
 * (JIT decisions, memory layout, a noisy neighbour) is what {@code d} varies by, so testing its mean uses exactly the
 * variation the issue is about, and pairing removes the slow drift both builds share. Logs make the test scale-free
 * and the effect a ratio. Student's one-sample t-test on {@code d} (commons-math3 {@link TTest}) is used rather than a
 * rank or sign-flip test because those cannot give a p-value below {@code 2 / 2^n} with {@code n} rounds: after a
 * Holm correction over a dozen benchmarks at α = 0.01 that needs 11 or more rounds, more than a 15-minute budget
 * buys. Under a symmetric null the t-test's level is robust to non-normal, heavy-tailed {@code d} and errs on the
 * conservative side (Efron, "Student's t-test under symmetry conditions", JASA 64, 1969,
 * <a href="https://doi.org/10.1080/01621459.1969.10501056">doi:10.1080/01621459.1969.10501056</a>).
 *
 * <p>With zero spread (every round gives the same ratio, as constructed inputs can) the p-value is 0 for a nonzero mean
 * and 1 for a zero mean, the limit of the t statistic.
 */
public final class PairedRatioTest {

  private PairedRatioTest() {}

  public static PairedRatio test(double[] base, double[] candidate, ScoreDirection direction) {
    if (base.length != candidate.length) {
      throw new IllegalArgumentException("paired samples differ in length: " + base.length + " vs " + candidate.length);
    }
    List<Double> logs = new ArrayList<>();
    for (int i = 0; i < base.length; i++) {
      if (base[i] > 0 && candidate[i] > 0 && Double.isFinite(base[i]) && Double.isFinite(candidate[i])) {
        double logRatio = Math.log(candidate[i] / base[i]);
        logs.add(direction == ScoreDirection.LOWER_IS_BETTER ? logRatio : -logRatio);
      }
    }
    SummaryStatistics stats = new SummaryStatistics();
    logs.forEach(stats::addValue);
    int n = logs.size();
    double mean = n == 0 ? Double.NaN : stats.getMean();
    if (n < 2) {
      return new PairedRatio(n, mean, Double.NaN, Double.NaN, Math.expm1(mean), Double.NaN, Double.NaN);
    }
    double sd = stats.getStandardDeviation();
    double p;
    double halfWidth;
    if (sd == 0) {
      p = mean == 0 ? 1 : 0;
      halfWidth = 0;
    } else {
      p = new TTest().tTest(0.0, stats);
      halfWidth = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
    }
    return new PairedRatio(n, mean, sd, p, Math.expm1(mean), Math.expm1(mean - halfWidth),
        Math.expm1(mean + halfWidth));
  }
}
