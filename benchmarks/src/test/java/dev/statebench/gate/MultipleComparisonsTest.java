package dev.statebench.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Holm and Benjamini–Hochberg adjustments, computed by hand. */
class MultipleComparisonsTest {
  private static final double[] P = {0.01, 0.04, 0.03, Double.NaN};

  @Test
  void holm_multipliesByRemainingCountAndKeepsOrder() {
    // Sorted 0.01, 0.03, 0.04 with m = 3: 3 × 0.01 = 0.03; 2 × 0.03 = 0.06; 1 × 0.04 = 0.04 → raised to 0.06.
    double[] adjusted = MultipleComparisons.HOLM.adjust(P);

    assertThat(adjusted[0]).isCloseTo(0.03, within(1e-12));
    assertThat(adjusted[1]).isCloseTo(0.06, within(1e-12));
    assertThat(adjusted[2]).isCloseTo(0.06, within(1e-12));
    assertThat(adjusted[3]).isNaN();
  }

  @Test
  void benjaminiHochberg_scalesByRankAndTakesRunningMinimumFromTheTop() {
    // m/rank × p: 3 × 0.01 = 0.03; 3/2 × 0.03 = 0.045; 3/3 × 0.04 = 0.04; running minimum from the largest: 0.04,
    // min(0.045, 0.04) = 0.04, min(0.03, 0.04) = 0.03.
    double[] adjusted = MultipleComparisons.BENJAMINI_HOCHBERG.adjust(P);

    assertThat(adjusted[0]).isCloseTo(0.03, within(1e-12));
    assertThat(adjusted[1]).isCloseTo(0.04, within(1e-12));
    assertThat(adjusted[2]).isCloseTo(0.04, within(1e-12));
    assertThat(adjusted[3]).isNaN();
  }

  @Test
  void holm_capsAtOne() {
    assertThat(MultipleComparisons.HOLM.adjust(new double[] {0.6, 0.7})).containsExactly(1.0, 1.0);
  }
}
