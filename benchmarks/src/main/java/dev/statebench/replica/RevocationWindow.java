package dev.statebench.replica;

import dev.statebench.session.SampleSessions;
import dev.statebench.session.SessionData;
import dev.statebench.session.SessionId;
import dev.statebench.session.SessionStore;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * How long a session revoked on the primary is still found on a lagging read replica: the revocation window that
 * routing session lookups to a replica opens.
 *
 * <p>Each sample creates a session on the primary and waits until the replica finds it (as an application would,
 * having served the user from the replica); then revokes it on the primary and, from the moment the primary has
 * acknowledged the {@code DELETE} (the commit has returned: the revocation is "done" as far as the revoking service
 * knows), looks it up on the replica back to back until the replica no longer finds it. The window is that time,
 * resolved to one replica lookup (tens of microseconds on loopback). Optionally a background writer inserts
 * sessions into the primary at a fixed rate, the write load under which replicas lag in practice.
 *
 * <p>Measured, not modelled: both stores are real servers, and the window includes WAL shipping, replay on the
 * standby and the standby's snapshot visibility. Note that with {@code synchronous_commit = off} on the primary (the
 * embedded server's default) a commit returns before its WAL is flushed, so the walsender ships it up to
 * {@code wal_writer_delay} (200 ms by default) later: the setting in force is part of the result.
 */
public final class RevocationWindow {
  private static final Duration SESSION_TTL = Duration.ofHours(1);
  private static final long MAX_WINDOW_NANOS = Duration.ofSeconds(60).toNanos();

  private final SessionStore primary;
  private final SessionStore replica;
  private final SessionStore writer;

  /**
   * @param primary where sessions are created and revoked
   * @param replica where they are looked up (a store connected to the replica)
   * @param writer a second connection to the primary for the background write load (not {@code primary}, so the
   *     measured revocations never queue behind it in one pool)
   */
  public RevocationWindow(SessionStore primary, SessionStore replica, SessionStore writer) {
    this.primary = primary;
    this.replica = replica;
    this.writer = writer;
  }

  /** The measured windows in nanoseconds, {@code samples} of them, under {@code writesPerSecond} (0 for none). */
  public Result measure(int samples, double writesPerSecond) {
    if (samples < 1) {
      throw new IllegalArgumentException("samples must be at least 1, got " + samples);
    }
    if (!(writesPerSecond >= 0)) {
      throw new IllegalArgumentException("write rate must be 0 or more per second, got " + writesPerSecond);
    }
    Histogram windows = new Histogram(MAX_WINDOW_NANOS, 3);
    Histogram visibility = new Histogram(MAX_WINDOW_NANOS, 3);
    long stillFound = 0;
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong written = new AtomicLong();
    Thread load = writesPerSecond > 0 ? startWriter(writesPerSecond, stop, written) : null;
    long loadStart = System.nanoTime();
    try {
      for (int i = 0; i < samples; i++) {
        SessionData data = SampleSessions.forIndex(i, 64);
        SessionId id = primary.create(data, SESSION_TTL);
        long created = System.nanoTime();
        awaitOnReplica(id, true);
        visibility.recordValue(Math.min(MAX_WINDOW_NANOS, System.nanoTime() - created));
        primary.revoke(id);
        long revoked = System.nanoTime();
        long lookups = awaitOnReplica(id, false);
        windows.recordValue(Math.min(MAX_WINDOW_NANOS, System.nanoTime() - revoked));
        if (lookups > 1) {
          stillFound++;
        }
      }
    } finally {
      stop.set(true);
      if (load != null) {
        joinQuietly(load);
      }
    }
    double seconds = (System.nanoTime() - loadStart) / 1e9;
    return new Result(windows, visibility, samples, stillFound, written.get() / seconds);
  }

  /** Looks up until the replica's answer is {@code present}; returns the number of lookups it took. */
  private long awaitOnReplica(SessionId id, boolean present) {
    long start = System.nanoTime();
    long lookups = 0;
    while (true) {
      lookups++;
      if (replica.lookup(id).isPresent() == present) {
        return lookups;
      }
      if (System.nanoTime() - start > MAX_WINDOW_NANOS) {
        throw new IllegalStateException("the replica still " + (present ? "lacks" : "finds")
            + " a session " + Duration.ofNanos(MAX_WINDOW_NANOS).toSeconds() + " s after the primary "
            + (present ? "created" : "revoked") + " it: is it replicating?");
      }
    }
  }

  private Thread startWriter(double writesPerSecond, AtomicBoolean stop, AtomicLong written) {
    long intervalNanos = Math.max(1, Math.round(1e9 / writesPerSecond));
    Thread thread = new Thread(() -> {
      long next = System.nanoTime();
      long index = 1L << 40;
      while (!stop.get()) {
        writer.create(SampleSessions.forIndex(index++, 64), SESSION_TTL);
        written.incrementAndGet();
        next += intervalNanos;
        long wait = next - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
      }
    }, "statebench-replica-write-load");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join(Duration.ofSeconds(10).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * What one measurement found.
   *
   * @param windows time from the primary's acknowledged revoke until the replica stops finding the session (ns)
   * @param visibility time from the primary's acknowledged create until the replica finds the session (ns)
   * @param samples number of revocations measured
   * @param stillFound how many revocations the replica still answered "found" at least once after the primary
   *     had acknowledged them
   * @param achievedWritesPerSecond the background write load actually applied
   */
  public record Result(Histogram windows, Histogram visibility, int samples, long stillFound,
      double achievedWritesPerSecond) {}
}
