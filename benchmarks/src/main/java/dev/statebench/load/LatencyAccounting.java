package dev.statebench.load;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Where the open-loop generator puts each finished request, correcting for coordinated omission: the response time
 * runs from the request's <em>intended</em> start on the schedule, so time spent waiting behind slow requests (for a
 * free connection, or for the generator) counts, exactly as a user arriving at that moment would feel it. The
 * service time (from the actual start) is kept beside it, to show how much a closed-loop tool would hide.
 *
 * <p>A request that answered but took longer than the timeout is a timeout, not a latency: a real client would have
 * given up on it. Failed requests go to {@link OutcomeCounts}, never to a histogram. Thread-safe (HdrHistogram
 * {@link Recorder}s take concurrent writers).
 */
public final class LatencyAccounting {
  private final long timeoutNanos;
  private final Recorder responseTimes = new Recorder(3);
  private final Recorder serviceTimes = new Recorder(3);
  private final OutcomeCounts outcomes;

  public LatencyAccounting(long timeoutNanos, OutcomeCounts outcomes) {
    if (timeoutNanos <= 0) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeoutNanos + " ns");
    }
    this.timeoutNanos = timeoutNanos;
    this.outcomes = outcomes;
  }

  /** A request due at {@code intended} started at {@code started} and answered at {@code completed}. */
  public void succeeded(long intended, long started, long completed) {
    long response = completed - intended;
    if (response > timeoutNanos) {
      outcomes.timedOut();
      return;
    }
    outcomes.succeeded();
    responseTimes.recordValue(Math.max(0, response));
    serviceTimes.recordValue(Math.max(0, completed - started));
  }

  /** A request failed with {@code failure}: counted as a timeout or an error, never as a latency. */
  public void failed(Throwable failure) {
    outcomes.failed(failure);
  }

  /** A request was still running when the run gave up waiting for it: a timeout. */
  public void abandoned() {
    outcomes.timedOut();
  }

  /** Response times (from intended start) since the last call, in nanoseconds. */
  public Histogram responseInterval(Histogram recycle) {
    return responseTimes.getIntervalHistogram(recycle);
  }

  /** Service times (from actual start) since the last call, in nanoseconds. */
  public Histogram serviceInterval(Histogram recycle) {
    return serviceTimes.getIntervalHistogram(recycle);
  }

  public OutcomeCounts outcomes() {
    return outcomes;
  }
}
