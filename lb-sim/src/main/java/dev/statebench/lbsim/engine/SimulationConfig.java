package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.model.Mix64;
import dev.statebench.lbsim.workload.ArrivalProcess;
import dev.statebench.lbsim.workload.Distribution;
import java.util.List;

/**
 * Everything one run needs apart from the policy: built from a validated scenario.
 *
 * @param backends the initial fleet
 * @param service CPU work per request at speed 1, nanoseconds
 * @param remoteWait wait per request that holds no worker (a session-store lookup), nanoseconds; null for none
 * @param arrivals when sessions open
 * @param sessionLength requests per session (rounded, at least 1)
 * @param thinkTime pause between a response and the session's next request, nanoseconds; null for none
 * @param clients number of distinct client addresses, or 0 for a fresh random address per session
 * @param warmupNanos simulated time whose observations are discarded
 * @param durationNanos measured simulated time after the warm-up, or 0 when the run is limited by requests
 * @param requestLimit measured completed requests that end the run, or 0 when the run is limited by time
 * @param windowNanos time-series window, or 0 for none
 * @param seed the scenario seed (streams are derived from it per replication and source)
 * @param state where session state lives and what it costs
 * @param events fleet events at simulated times, in time order
 * @param eventWindowNanos latency is also recorded separately for requests arriving from the first fleet event to
 *     this long after the last one (0: not recorded)
 * @param equilibriumStart whether the run starts with the sessions in progress in the stationary state of the session
 *     process (true) or with none (false: the live population ramps up from zero)
 */
public record SimulationConfig(
    List<BackendSpec> backends,
    Distribution service,
    Distribution remoteWait,
    ArrivalProcess arrivals,
    Distribution sessionLength,
    Distribution thinkTime,
    long clients,
    long warmupNanos,
    long durationNanos,
    long requestLimit,
    long windowNanos,
    long seed,
    SessionState state,
    List<ScheduledEvent> events,
    long eventWindowNanos,
    boolean equilibriumStart) {

  /**
   * The seed of the hash functions in one replication: the same for every policy (common random numbers), different
   * per replication, so confidence intervals of hash policies cover where the ring's points and Maglev's
   * permutations fall, not only which keys arrive.
   */
  public long hashSeed(int replication) {
    return Mix64.hash(seed, replication, 0x4a5b);
  }
}
