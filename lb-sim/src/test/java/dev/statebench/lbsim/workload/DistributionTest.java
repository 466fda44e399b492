package dev.statebench.lbsim.workload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.lbsim.engine.RandomStream;
import java.util.stream.Stream;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DistributionTest {

  static Stream<Distribution> distributions() {
    return Stream.of(new ExponentialDistribution(5e6), new DeterministicDistribution(3), new LognormalDistribution(5e6, 1.5),
        new ParetoDistribution(20, 2.5), new GeometricDistribution(20), new MmppGapsAsDistribution());
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

  /** MMPP gaps: the long-run rate Σλ_i d_i / Σd_i means a mean gap of its inverse. */
  private static final class MmppGapsAsDistribution implements Distribution {
    // phases 1/ms for 10 ms and 9/ms for 10 ms: mean rate 5/ms, mean gap 0.2 ms = 200,000 ns
    private final ArrivalProcess process = new MmppArrivals(new double[] {1e-6, 9e-6}, new double[] {1e7, 1e7});

    @Override
    public double sample(RandomStream random) {
      return process.nextGap(random);
    }

    @Override
    public double mean() {
      return 1 / process.meanRatePerNano();
    }

    @Override
    public String toString() {
      return "mmpp gaps";
    }
  }
}
