package dev.statebench.compare;

/**
 * Compares bytes allocated per operation. JMH's {@code gc.alloc.rate.norm} is nearly deterministic for a given code
 * path (it counts bytes, not time), so no statistics are needed and the tolerance is tight: a change counts only when
 * it exceeds <em>both</em> a relative tolerance (default 2%) and an absolute one (default 16 bytes, one small object),
 * so that a few bytes of JMH bookkeeping per operation, or a benchmark that allocates nothing, do not trip the gate.
 * Lower is always better. Going from 0 to 24 B/op is a regression (24 B beyond 16 B, and infinitely many percent).
 */
public final class AllocationRule {
  private final double relativeTolerance;
  private final double absoluteToleranceBytes;

  /**
   * @param relativeTolerance e.g. 0.02 for 2%
   * @param absoluteToleranceBytes e.g. 16
   */
  public AllocationRule(double relativeTolerance, double absoluteToleranceBytes) {
    if (relativeTolerance < 0 || absoluteToleranceBytes < 0) {
      throw new IllegalArgumentException("tolerances must not be negative");
    }
    this.relativeTolerance = relativeTolerance;
    this.absoluteToleranceBytes = absoluteToleranceBytes;
  }

  public double relativeTolerance() {
    return relativeTolerance;
  }

  public double absoluteToleranceBytes() {
    return absoluteToleranceBytes;
  }

  public AllocationComparison compare(Metric baseline, Metric candidate) {
    double delta = candidate.score() - baseline.score();
    boolean large = Math.abs(delta) > absoluteToleranceBytes
        && (baseline.score() <= 0 || Math.abs(delta) / baseline.score() > relativeTolerance);
    Verdict verdict = !large ? Verdict.NO_CHANGE : delta > 0 ? Verdict.REGRESSION : Verdict.IMPROVEMENT;
    return new AllocationComparison(baseline, candidate, delta, verdict);
  }
}
