package dev.statebench.lbsim.workload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.lbsim.model.RandomStream;
import java.util.stream.Stream;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DistributionTest {

  static Stream<Distribution> distributions() {
    return Stream.of(new ExponentialDistribution(5e6), new DeterministicDistribution(3), new LognormalDistribution(5e6, 1.5),
        new ParetoDistribution(20, 2.5), new GeometricDistribution(20),
        new EmpiricalDistribution(new double[] {1, 3, 10}, new double[] {0.2, 0.7, 1}));
  }

  @ParameterizedTest
  @MethodSource("distributions")
  void lengthBiasedSampleMean_isTheSecondMomentOverTheMean(Distribution distribution) {
    // the length-biased law x·f(x)/m has mean E[X²]/E[X]; here E[X²] and E[X] are estimated from plain draws of the
    // same law (the closed forms are checked in lengthBiasedMeans_matchTheirClosedForms)
    RandomStream random = new RandomStream(23);
    int n = 2_000_000;
    double squares = 0;
    double plain = 0;
    double biased = 0;
    for (int i = 0; i < n; i++) {
      double x = distribution.sample(random);
      squares += x * x;
      plain += x;
      biased += distribution.sampleLengthBiased(random);
    }
    double expected = squares / plain;
    assertThat(biased / n).isCloseTo(expected, Percentage.withPercentage(2.5));
  }

  @org.junit.jupiter.api.Test
  void lengthBiasedMeans_matchTheirClosedForms() {
    // exponential m = 5: Gamma(2) mean 2m = 10; lognormal m = 5, cv = 1.5: m(1 + cv²) = 16.25;
    // Pareto α = 2.5, m = 20: x_m = 20·1.5/2.5 = 12, mean of Pareto(1.5, 12) = 12·1.5/0.5 = 36;
    // geometric m = 20, p = 0.05: E[K²]/E[K] = (2 − p)/p = 39;
    // empirical CDF points (1, 0.2), (3, 0.7), (10, 1): mass 0.2 at 1, 0.5 uniform on [1, 3], 0.3 uniform on [3, 10]:
    // E[X] = 0.2 + 0.5·2 + 0.3·6.5 = 3.15, E[X²] = 0.2 + 0.5·13/3 + 0.3·139/3 = 16.2667, ratio 5.1640
    double[][] cases = {{10}, {16.25}, {36}, {39}, {16.2667 / 3.15}};
    Distribution[] distributions = {new ExponentialDistribution(5), new LognormalDistribution(5, 1.5),
        new ParetoDistribution(20, 2.5), new GeometricDistribution(20),
        new EmpiricalDistribution(new double[] {1, 3, 10}, new double[] {0.2, 0.7, 1})};
    RandomStream random = new RandomStream(29);
    for (int d = 0; d < distributions.length; d++) {
      double sum = 0;
      int n = 2_000_000;
      for (int i = 0; i < n; i++) {
        sum += distributions[d].sampleLengthBiased(random);
      }
      assertThat(sum / n).as(distributions[d].toString()).isCloseTo(cases[d][0], Percentage.withPercentage(2));
    }
  }

  @org.junit.jupiter.api.Test
  void mmppGaps_haveTheInverseOfTheLongRunRateAsMean() {
    // phases 1/ms for 10 ms and 9/ms for 10 ms: mean rate 5/ms, mean gap 0.2 ms = 200,000 ns
    ArrivalProcess process = new MmppArrivals(new double[] {1e-6, 9e-6}, new double[] {1e7, 1e7});
    RandomStream random = new RandomStream(17);
    double sum = 0;
    int n = 2_000_000;
    for (int i = 0; i < n; i++) {
      sum += process.nextGap(random);
    }
    assertThat(sum / n).isCloseTo(200_000, Percentage.withPercentage(1.5));
  }

  @ParameterizedTest
  @MethodSource("distributions")
  void sampleMean_matchesTheDeclaredMean(Distribution distribution) {
    // 2M draws: the sample mean's relative sd is below 0.2% for all but Pareto α = 2.5 (finite variance, ~0.3%)
    RandomStream random = new RandomStream(17);
    double sum = 0;
    int n = 2_000_000;
    for (int i = 0; i < n; i++) {
      double x = distribution.sample(random);
      assertThat(x).isGreaterThanOrEqualTo(0);
      sum += x;
    }
    assertThat(sum / n).isCloseTo(distribution.mean(), Percentage.withPercentage(1.5));
  }
}
