package dev.statebench.load;

import java.util.Locale;

/**
 * How the requests of an open-loop run are spread in time. {@link #POISSON} (the default) draws independent
 * exponential gaps, the arrivals of many independent users and the arrival model of the load-balancer simulator;
 * {@link #UNIFORM} spaces them exactly {@code 1/rate} apart, as wrk2 does. The choice matters: with evenly spaced
 * arrivals a single-server queue (M/D/1 against M/M/1) waits only half as long at the same utilisation, so uniform
 * arrivals flatter every store (Kleinrock, <i>Queueing Systems</i> vol. 1, Pollaczek–Khinchine mean-value formula).
 */
public enum ArrivalProcess {
  POISSON,
  UNIFORM;

  /** The command-line name: {@code poisson} or {@code uniform}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code poisson} or {@code uniform} (case-insensitive). */
  public static ArrivalProcess parse(String text) {
    for (ArrivalProcess process : values()) {
      if (process.label().equalsIgnoreCase(text.trim())) {
        return process;
      }
    }
    throw new IllegalArgumentException("unknown arrival process '" + text + "'; expected poisson or uniform");
  }
}
