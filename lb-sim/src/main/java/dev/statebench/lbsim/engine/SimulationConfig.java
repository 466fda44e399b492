package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.model.Mix64;
import dev.statebench.lbsim.workload.ArrivalProcess;
import dev.statebench.lbsim.workload.Distribution;
import java.util.List;

/**
 * Everything one run needs apart from the policy: built from a validated scenario. The accessors below the components
 * read through to the parts.
 *
 * @param fleet the starting fleet and the work per request
 * @param sessions the users
 * @param run the run's length, warm-up and reporting windows
 * @param seed the scenario seed (streams are derived from it per replication and source)
 * @param state where session state lives and what it costs
 * @param events fleet events at simulated times, in time order
 */
public record SimulationConfig(FleetSpec fleet, SessionWorkload sessions, RunLength run, long seed,
    SessionState state, List<ScheduledEvent> events) {

  /**
   * The seed of the hash functions in one replication: the same for every policy (common random numbers), different
   * per replication, so confidence intervals of hash policies cover where the ring's points and Maglev's
   * permutations fall, not only which keys arrive.
   */
  public long hashSeed(int replication) {
    return Mix64.hash(seed, replication, 0x4a5b);
  }

  public List<BackendSpec> backends() {
    return fleet.backends();
  }

  public Distribution service() {
    return fleet.service();
  }

  public Distribution remoteWait() {
    return fleet.remoteWait();
  }

  public ArrivalProcess arrivals() {
    return sessions.arrivals();
  }

  public Distribution sessionLength() {
    return sessions.sessionLength();
  }

  public Distribution thinkTime() {
    return sessions.thinkTime();
  }

  public long clients() {
    return sessions.clients();
  }

  public boolean equilibriumStart() {
    return sessions.equilibriumStart();
  }

  public long warmupNanos() {
    return run.warmupNanos();
  }

  public long durationNanos() {
    return run.durationNanos();
  }

  public long requestLimit() {
    return run.requestLimit();
  }

  public long windowNanos() {
    return run.windowNanos();
  }

  public long eventWindowNanos() {
    return run.eventWindowNanos();
  }
}
