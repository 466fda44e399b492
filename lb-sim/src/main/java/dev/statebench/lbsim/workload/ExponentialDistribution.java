package dev.statebench.lbsim.workload;

import dev.statebench.lbsim.model.RandomStream;

/** Exponential with the given mean, by inversion: −mean·ln U. Memoryless service or inter-arrival times. */
public record ExponentialDistribution(double mean) implements Distribution {
  @Override
  public double sample(RandomStream random) {
    return -mean * Math.log(random.nextOpenDouble());
  }

  /** Length-biased exponential: Gamma(2, mean), the sum of two independent exponentials. */
  @Override
  public double sampleLengthBiased(RandomStream random) {
    return -mean * (Math.log(random.nextOpenDouble()) + Math.log(random.nextOpenDouble()));
  }
}
