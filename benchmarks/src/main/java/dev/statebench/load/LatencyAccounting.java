package dev.statebench.load;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Where the open-loop generator puts each finished request, correcting for coordinated omission: the response time
 * runs from the request's <em>intended</em> start on the schedule, so time spent waiting behind slow requests (for a
 * free connection, or for the generator) counts, exactly as a user arriving at that moment would feel it. The
 * service time (from the actual start) is kept beside it, to show how much a closed-loop tool would hide.
 *
 * <p><b>Timeouts stay in the tail, censored.</b> A request that answered later than the timeout, failed with a client,
 * driver, pool or socket timeout, or was given up (its deadline passed before a worker could start it, or it was
 * still running when the run stopped waiting) is counted as a timeout <em>and</em> recorded in the response-time
 * histogram at exactly the timeout: its true response time is only known to be at least that long (a right-censored
 * observation). Dropping such requests would make a drowning system look fast; with them in, every percentile above
 * {@link #censoredAbovePercentile} reads "at least the timeout". Other failures are errors: counted in
 * {@link OutcomeCounts}, never a latency. Thread-safe (HdrHistogram {@link Recorder}s take concurrent writers).
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

  public long timeoutNanos() {
    return timeoutNanos;
  }

  /** Whether a request due at {@code intended} is already past its deadline at {@code now}: a client gave up. */
  public boolean expired(long intended, long now) {
    return now - intended > timeoutNanos;
  }

  /** A request due at {@code intended} started at {@code started} and answered at {@code completed}. */
  public void succeeded(long intended, long started, long completed) {
    long response = completed - intended;
    if (response > timeoutNanos) {
      timedOut(1);
      return;
    }
    outcomes.succeeded();
    responseTimes.recordValue(Math.max(0, response));
    serviceTimes.recordValue(Math.max(0, completed - started));
  }

  /** A request failed with {@code failure}: a timeout (censored in the tail) or an error (no latency). */
  public void failed(Throwable failure) {
    if (OutcomeCounts.isTimeout(failure)) {
      timedOut(1);
    } else {
      outcomes.failed(failure);
    }
  }

  /** {@code count} requests were given up without an answer in time: timeouts, censored at the timeout. */
  public void timedOut(long count) {
    if (count <= 0) {
      return;
    }
    outcomes.timedOut(count);
    responseTimes.recordValueWithCount(timeoutNanos, count);
  }

  /** Response times (from intended start, timeouts censored at the timeout) since the last call, in nanoseconds. */
  public Histogram responseInterval(Histogram recycle) {
    return responseTimes.getIntervalHistogram(recycle);
  }

  /** Service times (from actual start, answered requests only) since the last call, in nanoseconds. */
  public Histogram serviceInterval(Histogram recycle) {
    return serviceTimes.getIntervalHistogram(recycle);
  }

  public OutcomeCounts outcomes() {
    return outcomes;
  }

  /**
   * The percentile rank above which a response-time histogram holding {@code timeouts} censored values reads "at
   * least the timeout": {@code 100 × (1 − timeouts / total)}; 100 when nothing timed out.
   */
  public static double censoredAbovePercentile(long timeouts, long total) {
    return total == 0 ? 100.0 : 100.0 * (1.0 - (double) timeouts / total);
  }
}
