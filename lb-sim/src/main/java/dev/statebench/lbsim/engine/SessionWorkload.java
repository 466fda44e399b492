package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.workload.ArrivalProcess;
import dev.statebench.lbsim.workload.Distribution;

/**
 * The users: when sessions open, how many requests each sends and how long its user thinks in between.
 *
 * @param arrivals when sessions open
 * @param sessionLength requests per session (rounded, at least 1)
 * @param thinkTime pause between a response and the session's next request, nanoseconds; null for none
 * @param clients number of distinct client addresses, or 0 for a fresh random address per session
 * @param equilibriumStart whether the run starts with the sessions in progress in the stationary state of the session
 *     process (true, {@link StationaryStart}) or with none (false: the live population ramps up from zero)
 */
public record SessionWorkload(ArrivalProcess arrivals, Distribution sessionLength, Distribution thinkTime, long clients,
    boolean equilibriumStart) {}
