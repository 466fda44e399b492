package dev.statebench.lbsim.workload;

import dev.statebench.lbsim.model.RandomStream;

/**
 * Pareto (type I) with shape α &gt; 1 and the given mean: scale x_m = mean·(α − 1)/α, drawn as x_m·U^(−1/α).
 * α ≤ 2 has infinite variance — the heavy tail of session lengths and of some service times.
 */
public record ParetoDistribution(double mean, double alpha) implements Distribution {

  public ParetoDistribution {
    if (!(alpha > 1)) {
      throw new IllegalArgumentException("Pareto alpha must exceed 1 for a finite mean");
    }
  }

  @Override
  public double sample(RandomStream random) {
    double scale = mean * (alpha - 1) / alpha;
    return scale * Math.pow(random.nextOpenDouble(), -1 / alpha);
  }

  /** Length-biased Pareto(α, x_m): Pareto(α − 1, x_m), whose mean is infinite when α ≤ 2. */
  @Override
  public double sampleLengthBiased(RandomStream random) {
    double scale = mean * (alpha - 1) / alpha;
    return scale * Math.pow(random.nextOpenDouble(), -1 / (alpha - 1));
  }
}
