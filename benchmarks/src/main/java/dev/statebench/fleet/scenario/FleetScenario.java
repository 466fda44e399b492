package dev.statebench.fleet.scenario;

import dev.statebench.results.sim.SimVariant;
import java.util.List;
import java.util.Map;

/**
 * One variant of a simulator scenario, reduced to what the fleet lab runs (see {@link ScenarioReader} for the keys
 * it reads). Times are nanoseconds.
 *
 * @param name the scenario's name
 * @param variant the sweep variant: its label and swept settings ({@link SimVariant#NONE} without a sweep)
 * @param seed the master seed
 * @param warmupNanos time whose observations are discarded
 * @param durationNanos measured time after the warm-up
 * @param backends instances at the start
 * @param workers service slots per instance
 * @param service service time per request
 * @param arrivalPerSecond Poisson session arrival rate
 * @param length requests per session
 * @param think pause between a response and the session's next request (fixed 0 when absent)
 * @param clients distinct client addresses, 0 for one per session
 * @param policies the simulator policies to run, in order
 * @param state where sessions live: local, redis, sql or jwt (the simulator's {@code state.model})
 * @param loginMeanNanos mean login time (lognormal, cv 0.3, as the simulator's default)
 * @param events fleet events in time order
 * @param windowNanos time-series window, 0 for none
 * @param eventWindowNanos how long after the last event latency is also reported separately, 0 for none
 * @param tree the variant's scenario tree, echoed in results
 */
public record FleetScenario(String name, SimVariant variant, long seed, long warmupNanos, long durationNanos,
    int backends, int workers, Distribution service, double arrivalPerSecond, Distribution length,
    Distribution think, int clients, List<String> policies, String state, long loginMeanNanos,
    List<LabEvent> events, long windowNanos, long eventWindowNanos, Map<String, Object> tree) {

  /** Instances to declare beyond the starting ones: the events' scale-outs and rolling-deploy replacements. */
  public int spareInstances() {
    int spare = 0;
    for (LabEvent event : events) {
      if (event instanceof LabEvent.Add add) {
        spare += add.count();
      } else if (event instanceof LabEvent.RollingDeploy) {
        spare += backends;
      }
    }
    return spare;
  }

  /** The run's length, warm-up included. */
  public long runNanos() {
    return warmupNanos + durationNanos;
  }
}
