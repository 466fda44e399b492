package dev.statebench.fleet.client;

import dev.statebench.fleet.scenario.FleetScenario;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The sessions of a run, drawn before it starts from the scenario's seed: Poisson arrival times over the run
 * (exponential gaps, Kingman, "Poisson Processes", 1993), each session's length, its own random stream for think
 * times, and its client address (one per session when {@code clients} is 0, else one of {@code clients}).
 */
public final class SessionPlan {
  /**
   * One planned session.
   *
   * @param index its number
   * @param startNanos when it opens, from the run's start
   * @param requests how many requests it sends
   * @param seed its think-time stream's seed
   * @param clientAddress the IPv4 address it comes from
   */
  public record PlannedSession(long index, long startNanos, int requests, long seed, String clientAddress) {}

  private SessionPlan() {}

  /** The sessions opening before the end of the run. */
  public static List<PlannedSession> draw(FleetScenario scenario) {
    SplittableRandom arrivals = new SplittableRandom(scenario.seed());
    SplittableRandom lengths = new SplittableRandom(scenario.seed() * 31 + 7);
    List<PlannedSession> sessions = new ArrayList<>();
    double meanGapNanos = 1e9 / scenario.arrivalPerSecond();
    double t = 0;
    for (long i = 0; ; i++) {
      t += -meanGapNanos * Math.log(1 - arrivals.nextDouble());
      if (t >= scenario.runNanos()) {
        return sessions;
      }
      int address = scenario.clients() > 0 ? lengths.nextInt(scenario.clients()) : lengths.nextInt(1 << 24);
      sessions.add(new PlannedSession(i, Math.round(t), scenario.length().sampleCount(lengths), lengths.nextLong(),
          "10." + ((address >> 16) & 255) + "." + ((address >> 8) & 255) + "." + (address & 255)));
    }
  }
}
