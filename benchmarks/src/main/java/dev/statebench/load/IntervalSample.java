package dev.statebench.load;

/**
 * The state of an open-loop run at the end of one of its measurement intervals: the evidence the saturation verdict
 * reads ({@link LoadVerdict#judge}).
 *
 * @param endNanos when the interval ended, in nanoseconds since the schedule started
 * @param backlog requests dispatched but not finished at that moment (queued for a worker or in flight)
 * @param finished requests finished in the interval (answered, failed or given up)
 * @param p50Nanos median response time of the interval (timeouts censored at the timeout), 0 when none finished
 * @param p99Nanos 99th percentile response time of the interval, 0 when none finished
 */
public record IntervalSample(long endNanos, long backlog, long finished, long p50Nanos, long p99Nanos) {}
