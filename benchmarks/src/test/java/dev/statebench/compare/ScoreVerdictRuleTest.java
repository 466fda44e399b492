package dev.statebench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreVerdictRuleTest {
  private final ScoreVerdictRule rule = new ScoreVerdictRule(0.01);

  private static Metric metric(double score, double lower, double upper, double... forkMeans) {
    return new Metric(score, (upper - lower) / 2, lower, upper, "us/op", forkMeans);
  }

  @Test
  void clearTimeIncreaseBeyondThreshold_isRegression() {
    // 100 -> 120 us/op is +20% > 10%; [98, 102] and [118, 122] are disjoint; 2 forks: intervals decide.
    ScoreComparison c = rule.compare(metric(100, 98, 102, 99, 101), metric(120, 118, 122, 119, 121),
        ScoreDirection.LOWER_IS_BETTER, 0.10);

    assertThat(c.ratio()).isCloseTo(1.2, within(1e-12));
    assertThat(c.relativeWorsening()).isCloseTo(0.2, within(1e-12));
    assertThat(c.evidence().basis()).isEqualTo(StatisticalBasis.INTERVALS_ONLY_FEW_FORKS);
    assertThat(c.verdict()).isEqualTo(Verdict.REGRESSION);
  }

  @Test
  void clearButSmallChange_isNoChange() {
    // +5% with disjoint intervals: statistically clear, practically irrelevant.
    ScoreComparison c = rule.compare(metric(100, 99, 101, 100, 100), metric(105, 104, 106, 105, 105),
        ScoreDirection.LOWER_IS_BETTER, 0.10);

    assertThat(c.evidence().clear()).isTrue();
    assertThat(c.verdict()).isEqualTo(Verdict.NO_CHANGE);
  }

  @Test
  void changeExactlyAtThreshold_isNoChange() {
    // (110 - 100) / 100 = 0.1 is not strictly beyond 10%.
    ScoreComparison c = rule.compare(metric(100, 99, 101, 100, 100), metric(110, 109, 111, 110, 110),
        ScoreDirection.LOWER_IS_BETTER, 0.10);

    assertThat(c.verdict()).isEqualTo(Verdict.NO_CHANGE);
  }

  @Test
  void largeChangeWithOverlappingIntervals_isInconclusive() {
    // +20% but the new interval [90, 150] contains the baseline's: noise cannot be ruled out.
    ScoreComparison c = rule.compare(metric(100, 98, 102, 99, 101), metric(120, 90, 150, 100, 140),
        ScoreDirection.LOWER_IS_BETTER, 0.10);

    assertThat(c.evidence().intervalsDisjoint()).isFalse();
    assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void timeDecrease_isImprovement() {
    ScoreComparison c = rule.compare(metric(100, 98, 102, 99, 101), metric(80, 79, 81, 80, 80),
        ScoreDirection.LOWER_IS_BETTER, 0.10);

    assertThat(c.relativeWorsening()).isCloseTo(-0.2, within(1e-12));
    assertThat(c.verdict()).isEqualTo(Verdict.IMPROVEMENT);
  }

  @Test
  void throughputDrop_isRegressionAndThroughputRise_isImprovement() {
    // Throughput 100 -> 85 ops/us is 15% worse; 100 -> 120 is 20% better.
    Metric base = metric(100, 98, 102, 99, 101);
    ScoreComparison drop = rule.compare(base, metric(85, 84, 86, 85, 85), ScoreDirection.HIGHER_IS_BETTER, 0.10);
    ScoreComparison rise = rule.compare(base, metric(120, 119, 121, 120, 120), ScoreDirection.HIGHER_IS_BETTER, 0.10);

    assertThat(drop.relativeWorsening()).isCloseTo(0.15, within(1e-12));
    assertThat(drop.verdict()).isEqualTo(Verdict.REGRESSION);
    assertThat(rise.relativeWorsening()).isCloseTo(-0.2, within(1e-12));
    assertThat(rise.verdict()).isEqualTo(Verdict.IMPROVEMENT);
  }

  @Test
  void threeForksPerSide_rankTestCannotReachAlpha_verdictRestsOnIntervals() {
    // 3+3 forks: C(6,3) = 20 rankings, the two extreme ones give the smallest two-sided p = 2/20 = 0.1 > 0.01.
    ScoreComparison c = rule.compare(metric(100, 98, 102, 99, 100, 101), metric(120, 118, 122, 119, 120, 121),
        ScoreDirection.LOWER_IS_BETTER, 0.10);

    assertThat(c.evidence().basis()).isEqualTo(StatisticalBasis.INTERVALS_ONLY_TEST_CANNOT_REACH_ALPHA);
    assertThat(c.evidence().minimumAchievableP()).isCloseTo(0.1, within(1e-12));
    assertThat(c.evidence().mannWhitneyP()).isEmpty();
    assertThat(c.evidence().describe()).contains("min p 0.100");
    assertThat(c.verdict()).isEqualTo(Verdict.REGRESSION);
  }

  @Test
  void sixForksFullySeparated_rankTestConfirmsRegression() {
    // U = 0, E[U] = 36/2 = 18, Var[U] = 36 * 13 / 12 = 39, z = -18 / sqrt(39) = -2.8823, p = 2 Phi(z) = 0.0039478.
    ScoreComparison c = rule.compare(
        metric(102.5, 101, 104, 100, 101, 102, 103, 104, 105),
        metric(122.5, 121, 124, 120, 121, 122, 123, 124, 125),
        ScoreDirection.LOWER_IS_BETTER, 0.10);

    assertThat(c.evidence().basis()).isEqualTo(StatisticalBasis.INTERVALS_AND_MANN_WHITNEY);
    assertThat(c.evidence().mannWhitneyP().getAsDouble()).isCloseTo(0.0039478, within(1e-6));
    assertThat(c.verdict()).isEqualTo(Verdict.REGRESSION);
  }

  @Test
  void sixForksOverlappingRanks_rankTestVetoesDisjointIntervals() {
    // Baseline forks 100..105, new forks 103.5 104.5 120 121 122 123: three pairs where the baseline fork is larger
    // (104 > 103.5, 105 > 103.5, 105 > 104.5), so U = 3, z = (3 - 18) / sqrt(39) = -2.4019, p = 0.016309 > 0.01.
    // Means 102.5 -> 115.67 (+12.8%), intervals given as disjoint: the rank test alone keeps this inconclusive.
    ScoreComparison c = rule.compare(
        metric(102.5, 102, 103, 100, 101, 102, 103, 104, 105),
        metric(115.667, 115, 116.3, 103.5, 104.5, 120, 121, 122, 123),
        ScoreDirection.LOWER_IS_BETTER, 0.10);

    assertThat(c.evidence().intervalsDisjoint()).isTrue();
    assertThat(c.evidence().mannWhitneyP().getAsDouble()).isCloseTo(0.016309, within(1e-6));
    assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void looserAlpha_letsFourForksPerSideUseTheRankTest() {
    // 4+4 forks: minimum p = 2/C(8,4) = 2/70 = 0.0286 <= 0.05. U = 0, z = -8 / sqrt(12) = -2.3094, p = 0.020921.
    ScoreComparison c = new ScoreVerdictRule(0.05).compare(
        metric(101.5, 100, 103, 100, 101, 102, 103),
        metric(121.5, 120, 123, 120, 121, 122, 123),
        ScoreDirection.LOWER_IS_BETTER, 0.10);

    assertThat(c.evidence().basis()).isEqualTo(StatisticalBasis.INTERVALS_AND_MANN_WHITNEY);
    assertThat(c.evidence().mannWhitneyP().getAsDouble()).isCloseTo(0.020921, within(1e-6));
    assertThat(c.verdict()).isEqualTo(Verdict.REGRESSION);
  }

  @Test
  void missingInterval_isNeverClear() {
    Metric single = new Metric(120, Double.NaN, Double.NaN, Double.NaN, "us/op", new double[] {120});
    ScoreComparison c = rule.compare(metric(100, 98, 102, 99, 101), single, ScoreDirection.LOWER_IS_BETTER, 0.10);

    assertThat(c.evidence().basis()).isEqualTo(StatisticalBasis.NO_INTERVAL);
    assertThat(c.verdict()).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void minimumTwoSidedP_isTwoOverTheNumberOfRankings() {
    assertThat(ScoreVerdictRule.minimumTwoSidedP(3, 3)).isCloseTo(2.0 / 20, within(1e-15));
    assertThat(ScoreVerdictRule.minimumTwoSidedP(5, 5)).isCloseTo(2.0 / 252, within(1e-15));
    assertThat(ScoreVerdictRule.minimumTwoSidedP(6, 6)).isCloseTo(2.0 / 924, within(1e-15));
    assertThat(ScoreVerdictRule.minimumTwoSidedP(1, 1)).isEqualTo(1.0);
    assertThat(ScoreVerdictRule.minimumTwoSidedP(0, 3)).isEqualTo(1.0);
  }
}
