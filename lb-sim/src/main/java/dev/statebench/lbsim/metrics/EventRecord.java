package dev.statebench.lbsim.metrics;

/**
 * What one fleet action did, for reports and tests.
 *
 * @param timeNanos when it happened
 * @param label what happened ("kill backend-3", "drain deadline backend-1", …)
 * @param liveSessions sessions open just before it
 * @param sessionsLost local sessions it destroyed
 * @param requestsFailed in-flight requests it failed
 */
public record EventRecord(long timeNanos, String label, long liveSessions, long sessionsLost, long requestsFailed) {}
