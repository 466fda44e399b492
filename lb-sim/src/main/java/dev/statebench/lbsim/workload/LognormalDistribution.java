package dev.statebench.lbsim.workload;

import dev.statebench.lbsim.model.RandomStream;

/**
 * Lognormal given its mean and coefficient of variation: σ² = ln(1 + cv²), μ = ln(mean) − σ²/2; normal deviates
 * by the Box–Muller transform (two uniforms per draw, so the stream position does not depend on a cached spare).
 */
public record LognormalDistribution(double mean, double cv) implements Distribution {

  @Override
  public double sample(RandomStream random) {
    double sigma2 = Math.log(1 + cv * cv);
    double mu = Math.log(mean) - sigma2 / 2;
    double z = Math.sqrt(-2 * Math.log(random.nextOpenDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    return Math.exp(mu + Math.sqrt(sigma2) * z);
  }

  /** Length-biased lognormal: lognormal again, its log-mean shifted by σ² (x·f(x) completes the square). */
  @Override
  public double sampleLengthBiased(RandomStream random) {
    double sigma2 = Math.log(1 + cv * cv);
    double mu = Math.log(mean) - sigma2 / 2 + sigma2;
    double z = Math.sqrt(-2 * Math.log(random.nextOpenDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    return Math.exp(mu + Math.sqrt(sigma2) * z);
  }
}
