package dev.statebench.report;

import dev.statebench.results.stats.ConfidenceInterval;
import java.util.Map;

/**
 * One line of the per-request cost table, all times in microseconds, each with its 95% confidence interval and n.
 *
 * @param mechanism where the session state lives: JWT, Redis, PostgreSQL, the hybrid
 * @param configuration what was measured (algorithm, provider and path; store command and size…)
 * @param params the benchmark parameters, for rows the answer table looks up (empty for latency logs)
 * @param mean mean time per request
 * @param p50 median, null when not recorded
 * @param p99 99th percentile, null when not recorded
 * @param allocatedBytes bytes allocated per request ({@code gc.alloc.rate.norm}), or NaN
 * @param source where the numbers come from and what n counts
 * @param jvm the JVM label of the row when the run timed several JVMs ({@code jdk17}, {@code jdk25}), else null
 */
record CostRow(String mechanism, String configuration, Map<String, String> params, ConfidenceInterval mean,
    ConfidenceInterval p50, ConfidenceInterval p99, double allocatedBytes, String source, String jvm) {}
