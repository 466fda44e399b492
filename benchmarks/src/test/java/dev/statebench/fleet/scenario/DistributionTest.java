package dev.statebench.fleet.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistributionTest {
  @ParameterizedTest
  @CsvSource({"exponential,10,0,0", "lognormal,10,1,0", "lognormal,10,0.3,0", "pareto,10,0,2.5", "geometric,10,0,0",
      "fixed,10,0,0"})
  void sampleMean_approachesTheConfiguredMean(String kind, double mean, double cv, double alpha) {
    Distribution d = new Distribution(kind, mean, cv, alpha);
    SplittableRandom random = new SplittableRandom(11);
    int n = 400_000;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += d.sample(random);
    }
    // Fixed seed, so this is a regression check; 3% leaves room for the pareto tail (alpha 2.5: finite variance).
    assertThat(sum / n).isCloseTo(mean, within(mean * 0.03));
  }
}
