package dev.statebench.outage;

import java.time.Duration;

/**
 * One outage experiment: an open-loop Poisson load of {@code rate} requests per second for {@code duration}; at
 * {@code at} the {@code fault} hits {@code store}, and {@code outage} later the store is brought back.
 *
 * @param store the store taken down
 * @param fault crash (then restart) or freeze (then thaw)
 * @param rate offered requests per second
 * @param duration length of the load
 * @param at when the fault is injected, from the start of the load
 * @param outage how long the store stays down
 * @param connections concurrent requests the client allows (worker threads, pool sizes)
 * @param timeout a request not answered this long after its intended start is a timeout
 */
public record OutagePlan(OutageStore store, Fault fault, double rate, Duration duration, Duration at, Duration outage,
    int connections, Duration timeout) {

  /** Shortest run: the generator's latency intervals are one second long only from ten seconds on. */
  public static final Duration MIN_DURATION = Duration.ofSeconds(10);

  public OutagePlan {
    if (!(rate > 0) || Double.isInfinite(rate)) {
      throw new IllegalArgumentException("--rate must be a positive number of requests per second, got " + rate);
    }
    if (duration.compareTo(MIN_DURATION) < 0) {
      throw new IllegalArgumentException("--duration must be at least " + MIN_DURATION.toSeconds() + " s, got "
          + duration.toMillis() + " ms");
    }
    if (at.compareTo(Duration.ofSeconds(2)) < 0) {
      throw new IllegalArgumentException("--at must leave at least 2 s of load before the fault (a baseline), got "
          + at.toMillis() + " ms");
    }
    if (outage.isNegative() || outage.isZero()) {
      throw new IllegalArgumentException("--for must be a positive duration, got " + outage.toMillis() + " ms");
    }
    if (at.plus(outage).plusSeconds(2).compareTo(duration) > 0) {
      throw new IllegalArgumentException("the fault (--at " + at.toSeconds() + " s + --for " + outage.toSeconds()
          + " s) must end at least 2 s before the load does (--duration " + duration.toSeconds() + " s)");
    }
    if (connections < 1) {
      throw new IllegalArgumentException("--connections must be at least 1, got " + connections);
    }
  }
}
