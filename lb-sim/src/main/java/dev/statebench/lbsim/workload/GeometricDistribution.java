package dev.statebench.lbsim.workload;

import dev.statebench.lbsim.model.RandomStream;

/**
 * Geometric on {1, 2, …} with the given mean m ≥ 1: P(k) = (1 − p)^(k−1)·p with p = 1/m, drawn by inversion as
 * ⌈ln U / ln(1 − p)⌉. The discrete memoryless session length.
 */
public record GeometricDistribution(double mean) implements Distribution {

  public GeometricDistribution {
    if (!(mean >= 1)) {
      throw new IllegalArgumentException("geometric mean must be at least 1");
    }
  }

  @Override
  public double sample(RandomStream random) {
    if (mean == 1) {
      return 1;
    }
    double logQ = Math.log1p(-1 / mean);
    return Math.max(1, Math.ceil(Math.log(random.nextOpenDouble()) / logQ));
  }

  /**
   * Length-biased geometric, P(k) ∝ k·(1 − p)^(k−1)·p: the sum of two independent geometrics minus one (their sum
   * s has P(s) = (s − 1)·p²·(1 − p)^(s−2)).
   */
  @Override
  public double sampleLengthBiased(RandomStream random) {
    return sample(random) + sample(random) - 1;
  }
}
