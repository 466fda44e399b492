package dev.statebench.lbsim.workload;

import dev.statebench.lbsim.model.RandomStream;

/** A Poisson process: exponential gaps with mean 1/rate. */
public record PoissonArrivals(double ratePerNano) implements ArrivalProcess {

  @Override
  public long nextGap(RandomStream random) {
    return Math.round(-Math.log(random.nextOpenDouble()) / ratePerNano);
  }

  @Override
  public double meanRatePerNano() {
    return ratePerNano;
  }

  @Override
  public ArrivalProcess fresh() {
    return this;
  }
}
