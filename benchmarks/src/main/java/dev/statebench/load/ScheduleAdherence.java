package dev.statebench.load;

import org.HdrHistogram.Histogram;

/**
 * Did the generator keep its schedule? It records, per request, how late the generator itself dispatched it (its
 * dispatch time minus the intended start). Queueing behind busy connections is the system's latency and is measured
 * separately; a dispatch lag means the generator (its thread, the machine's CPU) could not keep up, and then every
 * latency figure of the run understates the truth. The schedule counts as kept when the 99th percentile of the
 * dispatch lag stays within the bound. Written by the single dispatching thread only.
 */
public final class ScheduleAdherence {
  private final long boundNanos;
  private final Histogram lag = new Histogram(3);

  public ScheduleAdherence(long boundNanos) {
    if (boundNanos <= 0) {
      throw new IllegalArgumentException("lag bound must be positive, got " + boundNanos + " ns");
    }
    this.boundNanos = boundNanos;
  }

  /** The request due at {@code intended} was dispatched at {@code dispatched}. */
  public void dispatched(long intended, long dispatched) {
    lag.recordValue(Math.max(0, dispatched - intended));
  }

  /** Whether the 99th percentile of the dispatch lag is within the bound (vacuously true without requests). */
  public boolean kept() {
    return lag.getTotalCount() == 0 || lag.getValueAtPercentile(99) <= boundNanos;
  }

  public long boundNanos() {
    return boundNanos;
  }

  /** Dispatch lag at {@code percentile}, in nanoseconds. */
  public long lagAtPercentile(double percentile) {
    return lag.getValueAtPercentile(percentile);
  }

  public long maxLag() {
    return lag.getMaxValue();
  }
}
