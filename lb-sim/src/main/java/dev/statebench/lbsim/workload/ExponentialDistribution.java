package dev.statebench.lbsim.workload;

import dev.statebench.lbsim.engine.RandomStream;

/** Exponential with the given mean, by inversion: −mean·ln U. Memoryless service or inter-arrival times. */
public record ExponentialDistribution(double mean) implements Distribution {
  @Override
  public double sample(RandomStream random) {
    return -mean * Math.log(random.nextOpenDouble());
  }
}
