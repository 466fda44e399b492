package dev.statebench.lbsim.engine;

/**
 * How long a run lasts and what it measures.
 *
 * @param warmupNanos simulated time whose observations are discarded
 * @param durationNanos measured simulated time after the warm-up, or 0 when the run is limited by requests
 * @param requestLimit measured completed requests that end the run, or 0 when the run is limited by time
 * @param windowNanos time-series window, or 0 for none
 * @param eventWindowNanos latency is also recorded separately for requests sent from the first fleet event to this
 *     long after the last one (0: not recorded)
 */
public record RunLength(long warmupNanos, long durationNanos, long requestLimit, long windowNanos,
    long eventWindowNanos) {}
