package dev.statebench.load.cpu;

/**
 * Reads the CPU time a process (or a server's processes) has used so far. Two readings bracket a run; their difference
 * divided by the requests served is the CPU cost per request.
 */
public interface CpuMeter extends AutoCloseable {
  /** CPU time used so far (user + system), in nanoseconds; only differences between two readings mean anything. */
  long cpuNanos();

  /** Whether {@link #cpuNanos()} can be read at all; when not, {@link #source()} says why. */
  default boolean measurable() {
    return true;
  }

  /** Where the figure comes from, e.g. {@code /proc schedstat of pid 1234 and its children}, or why there is none. */
  String source();

  /** Releases a connection the meter holds (the Redis {@code INFO} meter); nothing for the others. */
  @Override
  default void close() {}

  /** A meter that cannot measure, with the reason as its source. */
  static CpuMeter notMeasurable(String reason) {
    return new CpuMeter() {
      @Override
      public long cpuNanos() {
        throw new IllegalStateException("not measurable: " + reason);
      }

      @Override
      public boolean measurable() {
        return false;
      }

      @Override
      public String source() {
        return "not measurable: " + reason;
      }
    };
  }
}
