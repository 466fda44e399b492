package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.model.Mix64;
/**
 * The independent sources of randomness in a run. Each has its own stream, derived from the scenario seed, the
 * replication number and the source, and reset for every policy, so every policy sees the same sessions, the same
 * request counts, think times and service demands (common random numbers).
 */
public enum Source {
  ARRIVALS,
  SESSION_LENGTHS,
  THINK_TIMES,
  SERVICE_TIMES,
  REMOTE_WAITS,
  ROUTING,
  KEYS,
  STATE_COSTS,
  LOGINS,
  /** The sessions already in progress at time 0 (the stationary start). */
  EQUILIBRIUM;

  /** The seed of this source's stream in one replication: independent substreams per replication and source. */
  public long seed(long scenarioSeed, int replication) {
    return Mix64.hash(Mix64.hash(scenarioSeed, replication, 0x5eed), ordinal(), 0x50_0ace);
  }
}
