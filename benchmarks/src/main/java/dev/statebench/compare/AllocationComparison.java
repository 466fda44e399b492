package dev.statebench.compare;

/**
 * The verdict on one benchmark's allocation per operation ({@code gc.alloc.rate.norm}, bytes per operation).
 *
 * @param deltaBytes candidate minus baseline, bytes per operation
 */
public record AllocationComparison(Metric baseline, Metric candidate, double deltaBytes, Verdict verdict) {}
