package dev.statebench.lbsim.workload;

import dev.statebench.lbsim.model.RandomStream;

/**
 * A Markov-modulated Poisson process (bursty arrivals): a hidden phase i has arrival rate λ_i and lasts an
 * exponential time with mean d_i, then the process moves to the next phase cyclically. The next arrival is found by
 * racing the phase's exponential arrival clock against its remaining dwell (both memoryless, so the race is exact).
 * Long-run rate = Σ λ_i d_i / Σ d_i.
 *
 * @see <a href="https://doi.org/10.1016/0166-5316(93)90035-S">Fischer and Meier-Hellstern, The MMPP cookbook, 1993</a>
 */
public final class MmppArrivals implements ArrivalProcess {
  private final double[] ratesPerNano;
  private final double[] dwellNanos;
  private int phase;

  public MmppArrivals(double[] ratesPerNano, double[] dwellNanos) {
    if (ratesPerNano.length != dwellNanos.length || ratesPerNano.length < 2) {
      throw new IllegalArgumentException("an MMPP needs two or more phases with a rate and a dwell time each");
    }
    this.ratesPerNano = ratesPerNano.clone();
    this.dwellNanos = dwellNanos.clone();
  }

  @Override
  public long nextGap(RandomStream random) {
    double elapsed = 0;
    while (true) {
      double rate = ratesPerNano[phase];
      double untilArrival = rate > 0 ? -Math.log(random.nextOpenDouble()) / rate : Double.POSITIVE_INFINITY;
      double untilSwitch = -Math.log(random.nextOpenDouble()) * dwellNanos[phase];
      if (untilArrival <= untilSwitch) {
        return Math.round(elapsed + untilArrival);
      }
      elapsed += untilSwitch;
      phase = (phase + 1) % ratesPerNano.length;
    }
  }

  @Override
  public double meanRatePerNano() {
    double weighted = 0;
    double total = 0;
    for (int i = 0; i < ratesPerNano.length; i++) {
      weighted += ratesPerNano[i] * dwellNanos[i];
      total += dwellNanos[i];
    }
    return weighted / total;
  }

  @Override
  public ArrivalProcess fresh() {
    return new MmppArrivals(ratesPerNano, dwellNanos);
  }
}
