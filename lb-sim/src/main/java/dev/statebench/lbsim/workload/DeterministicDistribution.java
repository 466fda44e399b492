package dev.statebench.lbsim.workload;

import dev.statebench.lbsim.model.RandomStream;

/** Always the same value (a fixed service time, a fixed number of requests per session). */
public record DeterministicDistribution(double mean) implements Distribution {
  @Override
  public double sample(RandomStream random) {
    return mean;
  }

  @Override
  public double sampleLengthBiased(RandomStream random) {
    return mean;
  }
}
