package dev.statebench.fleet.app;

/**
 * The most recent {@value #CAPACITY} slot-holding times of served requests, in nanoseconds: the instance's measured
 * service times, drawn plus the timer's lateness on a loaded machine. Thread-safe.
 */
final class ServiceTimeLog {
  static final int CAPACITY = 200_000;

  private final long[] values = new long[CAPACITY];
  private long count;

  synchronized void record(long nanos) {
    values[(int) (count++ % CAPACITY)] = nanos;
  }

  /** The recorded times, one per line, oldest first. */
  synchronized String text() {
    StringBuilder text = new StringBuilder();
    long first = Math.max(0, count - CAPACITY);
    for (long i = first; i < count; i++) {
      text.append(values[(int) (i % CAPACITY)]).append('\n');
    }
    return text.toString();
  }
}
