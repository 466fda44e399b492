package dev.statebench.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.statebench.compare.ScoreDirection;
import org.junit.jupiter.api.Test;

/** The paired t-test on log ratios, checked against hand computations. */
class PairedRatioTestTest {

  @Test
  void logRatios_giveStudentsTWithClosedFormP() {
    // d = 0.1, 0.2, 0.3: mean 0.2, sd 0.1, t = 0.2 / (0.1 / √3) = 3.4641 on 2 df. For 2 df the t cdf is
    // 1/2 + t / (2 √(t² + 2)) = 1/2 + 3.4641 / (2 × √14) = 0.96291, so the two-sided p is 2 × (1 − 0.96291) = 0.07418.
    double[] base = {1, 1, 1};
    double[] candidate = {Math.exp(0.1), Math.exp(0.2), Math.exp(0.3)};

    PairedRatio r = PairedRatioTest.test(base, candidate, ScoreDirection.LOWER_IS_BETTER);

    assertThat(r.pairs()).isEqualTo(3);
    assertThat(r.meanLogWorsening()).isCloseTo(0.2, within(1e-12));
    assertThat(r.standardDeviation()).isCloseTo(0.1, within(1e-12));
    assertThat(r.pValue()).isCloseTo(0.07418, within(5e-5));
    assertThat(r.relativeWorsening()).isCloseTo(Math.exp(0.2) - 1, within(1e-12));
    // 95% interval: 0.2 ± t(0.975, 2) × 0.1 / √3 = 0.2 ± 4.3027 × 0.057735 = 0.2 ± 0.24841.
    assertThat(r.lower95()).isCloseTo(Math.exp(0.2 - 0.24841) - 1, within(1e-4));
    assertThat(r.upper95()).isCloseTo(Math.exp(0.2 + 0.24841) - 1, within(1e-4));
  }

  @Test
  void throughputFalling_isWorsening() {
    // ops/s 100 → 80: worse by 100 / 80 − 1 = 25%.
    PairedRatio r = PairedRatioTest.test(new double[] {100, 100, 100}, new double[] {80, 80, 80},
        ScoreDirection.HIGHER_IS_BETTER);

    assertThat(r.relativeWorsening()).isCloseTo(0.25, within(1e-12));
    assertThat(r.pValue()).isZero();
  }

  @Test
  void identicalPairs_haveNoEvidence() {
    PairedRatio r = PairedRatioTest.test(new double[] {5, 6, 7}, new double[] {5, 6, 7},
        ScoreDirection.LOWER_IS_BETTER);

    assertThat(r.relativeWorsening()).isZero();
    assertThat(r.pValue()).isEqualTo(1);
  }

  @Test
  void onePair_hasNoPValueOrInterval() {
    PairedRatio r = PairedRatioTest.test(new double[] {10}, new double[] {20}, ScoreDirection.LOWER_IS_BETTER);

    assertThat(r.pairs()).isEqualTo(1);
    assertThat(r.pValue()).isNaN();
    assertThat(r.lower95()).isNaN();
    assertThat(r.relativeWorsening()).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void nonPositiveScores_areLeftOut() {
    PairedRatio r = PairedRatioTest.test(new double[] {10, 0, 10, 10}, new double[] {11, 11, Double.NaN, 11},
        ScoreDirection.LOWER_IS_BETTER);

    assertThat(r.pairs()).isEqualTo(2);
  }
}
