package dev.statebench.outage;

import java.util.Map;

/**
 * What one strategy did through one outage. Times are in milliseconds, counts are requests. "During" is the outage
 * window ({@code at} to {@code at + outage}); "after" starts when the store is back.
 *
 * @param strategy the strategy's command-line name
 * @param offered requests offered over the whole run
 * @param answered requests answered (including a revoked token correctly refused)
 * @param failed requests the strategy could not serve because the store could not be asked
 * @param timedOut requests not answered within the timeout
 * @param failedDuring failures whose completion fell in the outage window
 * @param failedAfter failures after the store was back
 * @param sessionsLost lookups that found no session (the store came back without it): the user logs in again
 * @param revokedAcceptedDuring revoked tokens accepted during the outage (hybrid only; 0 elsewhere)
 * @param revokedAcceptedAfter revoked tokens accepted after the store was back (a denylist that lost its entries)
 * @param revokedPresented revoked tokens presented (hybrid only)
 * @param baselineP50Ms median response time before the fault
 * @param baselineP99Ms 99th percentile before the fault
 * @param duringP99Ms 99th percentile of responses completing during the outage (timeouts censored at the timeout)
 * @param afterP99Ms 99th percentile once recovered
 * @param recoveryMs from the store being back to the first second from which no request fails, times out or finds
 *     its session gone (to the second); -1 when that never happened within the run
 * @param client what the target reports about itself
 */
public record OutageResult(String strategy, long offered, long answered, long failed, long timedOut,
    long failedDuring, long failedAfter, long sessionsLost, long revokedAcceptedDuring, long revokedAcceptedAfter, long revokedPresented,
    double baselineP50Ms, double baselineP99Ms, double duringP99Ms, double afterP99Ms, double recoveryMs,
    Map<String, Object> client) {}
