package dev.statebench.load;

import io.lettuce.core.RedisCommandTimeoutException;
import java.net.SocketTimeoutException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.LongAdder;

/**
 * How the requests of an open-loop run ended: succeeded, timed out (a command or socket timeout, no free pooled
 * connection in time, an answer later than the timeout, or given up before it could start) or failed otherwise (an
 * error). Errors are also counted by exception class, so a summary can say what went wrong. Thread-safe.
 */
public final class OutcomeCounts {
  private final LongAdder succeeded = new LongAdder();
  private final LongAdder timeouts = new LongAdder();
  private final LongAdder errors = new LongAdder();
  private final Map<String, LongAdder> errorKinds = new ConcurrentHashMap<>();

  void succeeded() {
    succeeded.increment();
  }

  /** Adds {@code count} timeouts. */
  void timedOut(long count) {
    timeouts.add(count);
  }

  /** Counts {@code failure} as a timeout when any exception in its cause chain is one, else as an error. */
  void failed(Throwable failure) {
    if (isTimeout(failure)) {
      timeouts.increment();
      return;
    }
    errors.increment();
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    errorKinds.computeIfAbsent(root.getClass().getSimpleName(), kind -> new LongAdder()).increment();
  }

  /** Whether {@code failure} (or a cause) is a timeout of the client, the driver, the pool or the socket. */
  static boolean isTimeout(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TimeoutException || t instanceof RedisCommandTimeoutException
          || t instanceof SocketTimeoutException || t instanceof SQLTimeoutException
          || t instanceof SQLTransientConnectionException) {
        return true;
      }
    }
    return false;
  }

  public long succeededCount() {
    return succeeded.sum();
  }

  public long timeoutCount() {
    return timeouts.sum();
  }

  public long errorCount() {
    return errors.sum();
  }

  /** Errors by the simple class name of their root cause, sorted by name. */
  public Map<String, Long> errorsByKind() {
    Map<String, Long> kinds = new TreeMap<>();
    errorKinds.forEach((kind, count) -> kinds.put(kind, count.sum()));
    return kinds;
  }

  /** All requests accounted for. */
  public long total() {
    return succeededCount() + timeoutCount() + errorCount();
  }
}
