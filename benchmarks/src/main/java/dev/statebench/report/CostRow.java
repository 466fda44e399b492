package dev.statebench.report;

/**
 * One line of the per-request cost table, all times in microseconds.
 *
 * @param mechanism where the session state lives: JWT, Redis, PostgreSQL or another store
 * @param configuration what was measured (algorithm and path, store and load, …)
 * @param mean mean time per request ({@code NaN} when only percentiles are known)
 * @param meanHalfWidth half-width of the mean's confidence interval (JMH's 99.9% interval)
 * @param p50 median ({@code NaN} when not recorded)
 * @param p50HalfWidth its 95% confidence half-width across histogram intervals, or NaN
 * @param p99 99th percentile
 * @param p99HalfWidth its 95% confidence half-width, or NaN
 * @param allocatedBytes bytes allocated per request ({@code gc.alloc.rate.norm}), or NaN
 * @param source where the numbers come from (JMH mode, latency log)
 */
record CostRow(String mechanism, String configuration, double mean, double meanHalfWidth, double p50,
    double p50HalfWidth, double p99, double p99HalfWidth, double allocatedBytes, String source) {}
