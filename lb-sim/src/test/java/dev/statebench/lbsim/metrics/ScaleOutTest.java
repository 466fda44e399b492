package dev.statebench.lbsim.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/** Scale-out convergence on hand-made time series. */
class ScaleOutTest {
  private static final long WINDOW = 10_000_000_000L;

  private static void add(TimeSeries series, double[] requests, double[] live) {
    double[] zeros = new double[requests.length];
    series.add(zeros, zeros, requests, zeros, live, 0, 0);
  }

  @Test
  void convergence_isInterpolatedBetweenWindowCentres() {
    // backends 0, 1 old, 2, 3 added at 20 s; the old group's rate over the fleet's: window [20, 30) 90/50 = 1.8,
    // [30, 40) 70/50 = 1.4, [40, 50) 60/50 = 1.2, [50, 60) 52/50 = 1.04. The 1.1 threshold is crossed between the
    // centres 45 s (1.2) and 55 s (1.04) at 45 + 10·(1.2 − 1.1)/(1.2 − 1.04) = 51.25 s, 31.25 s after the scale-out
    // (engine 1.1 answered with the end of the first window below 1.1: 40 s)
    TimeSeries series = new TimeSeries(WINDOW);
    add(series, new double[] {100, 100}, new double[] {1, 1});
    add(series, new double[] {100, 100}, new double[] {1, 1});
    double[] all = {1, 1, 1, 1};
    add(series, new double[] {90, 90, 10, 10}, all);
    add(series, new double[] {70, 70, 30, 30}, all);
    add(series, new double[] {60, 60, 40, 40}, all);
    add(series, new double[] {52, 52, 48, 48}, all);
    assertThat(ScaleOut.convergenceSeconds(series, 2 * WINDOW, 2)).isCloseTo(31.25, offset(1e-9));
    assertThat(ScaleOut.peakOverload(series, 2 * WINDOW, 2)).isCloseTo(1.4, offset(1e-9));
  }

  @Test
  void deadBackends_countForNeitherGroup() {
    // old backend 1 is dead for the whole window: the old group's rate is backend 0's 60 per live window, the
    // fleet's 180 over 3 live windows = 60, so the ratio is 1 (counting the dead backend gave (60/2)/(180/4) = 0.67)
    TimeSeries series = new TimeSeries(WINDOW);
    add(series, new double[] {60, 0, 60, 60}, new double[] {1, 0, 1, 1});
    assertThat(ScaleOut.overload(series, 0, 2)).isCloseTo(1.0, offset(1e-12));
  }
}
