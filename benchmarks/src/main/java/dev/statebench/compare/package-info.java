/**
 * The regression gate: compares two statebench runs (JMH's {@code jmh.json} plus the simulator's {@code sim/*.json})
 * and decides, per benchmark, whether the new run is a regression, an improvement, no change, or inconclusive.
 *
 * <p>Reading: {@link dev.statebench.compare.JmhResultReader}, {@link dev.statebench.compare.SimTables}. Deciding:
 * {@link dev.statebench.compare.ScoreVerdictRule} (time or throughput), {@link dev.statebench.compare.AllocationRule}
 * (bytes per operation), {@link dev.statebench.compare.JsonTreeDiff} (simulator tables, exactly). Orchestration:
 * {@link dev.statebench.compare.RunComparator}. Output: one {@link dev.statebench.compare.ComparisonReportWriter}
 * per format and one {@link dev.statebench.compare.ResultExporter} per CI tool.
 */
package dev.statebench.compare;
