package dev.statebench.fleet.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConvergenceTimeTest {
  private static final long WINDOW = 10_000_000_000L;

  @Test
  void crossing_isInterpolatedBetweenWindowCentres() {
    // Old i0, i1 and new i2, i3, all live 10 s per window, added at t = 0.
    // w0: old 20 of 20 requests -> (20/20)/(20/40) = 2.0 at centre 5 s
    // w1: old 12 of 20          -> (12/20)/(20/40) = 1.2 at centre 15 s
    // w2: old 10 of 20          -> 1.0 at centre 25 s
    // 1.1 is crossed halfway from 15 s to 25 s: 20 s. Peak after the add window: 1.2.
    double[][] requests = {{10, 10, 0, 0}, {6, 6, 4, 4}, {5, 5, 5, 5}};
    double[][] live = {{10, 10, 10, 10}, {10, 10, 10, 10}, {10, 10, 10, 10}};

    double[] result = ConvergenceTime.of(requests, live, WINDOW, 0, 2);

    assertThat(result[0]).isCloseTo(20, within(1e-9));
    assertThat(result[1]).isCloseTo(1.2, within(1e-9));
  }

  @Test
  void neverConverging_reportsTheTimeToTheEndAsALowerBound() {
    // Old instances keep everything: overload 2 in both windows; the series ends 20 s after the add.
    double[][] requests = {{5, 5, 0, 0}, {5, 5, 0, 0}};
    double[][] live = {{10, 10, 10, 10}, {10, 10, 10, 10}};

    assertThat(ConvergenceTime.of(requests, live, WINDOW, 0, 2)[0]).isEqualTo(20);
  }
}
