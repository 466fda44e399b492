package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.model.FleetView;
import java.util.Arrays;

/**
 * The backends: their static description, their live state (busy workers, outstanding requests, FIFO queue) and
 * the time integrals of that state (busy-worker time, outstanding-request time) from which utilization and
 * time-averaged load are computed. Routers read it through {@link FleetView}; only the engine changes it.
 *
 * <p>Backends are numbered 0, 1, … in the order they joined and keep their number for the whole run. A removed
 * backend stops receiving new requests but finishes those it holds; {@link #liveCount()} and {@link #live(int)} list
 * the backends that accept requests, in ascending number. This is the hook for fleet events (kill, add, drain,
 * slow) scheduled with {@link Simulation#schedule(long, FleetAction)}. A draining backend takes no new sessions
 * ({@link #isUp(int)} is false) but still serves the sessions pinned to it ({@link #acceptsPinned(int)}).
 *
 * <p>A backend is <em>live</em> from the time it joined to the time it stopped accepting requests (removed or killed;
 * a draining backend is live until its deadline): per-backend metrics are normalised by that live time, so a
 * backend that served a tenth of the run is not counted as a tenth as loaded.
 */
public final class Fleet implements FleetView {
  private int count;
  private String[] names = new String[0];
  private int[] workers = new int[0];
  private int[] queueLimits = new int[0];
  private double[] speeds = new double[0];
  private double[] weights = new double[0];
  private boolean[] up = new boolean[0];
  private boolean[] draining = new boolean[0];
  private double[] nominalSpeeds = new double[0];
  private int[] sessions = new int[0];
  private int[] busy = new int[0];
  private int[] outstanding = new int[0];
  private IntFifo[] queues = new IntFifo[0];
  private long[] lastChange = new long[0];
  private double[] busyArea = new double[0];
  private double[] outstandingArea = new double[0];
  private long[] joinedAt = new long[0];
  private long[] endedAt = new long[0];
  private long[] upUntil = new long[0];

  private int[] live = new int[0];
  private int liveCount;
  private long totalOutstanding;
  private int membershipVersion;

  /** Adds a backend at simulated time {@code now}; returns its number. */
  public int add(BackendSpec spec, long now) {
    int b = count++;
    if (b == names.length) {
      int capacity = Math.max(8, b * 2);
      names = Arrays.copyOf(names, capacity);
      workers = Arrays.copyOf(workers, capacity);
      queueLimits = Arrays.copyOf(queueLimits, capacity);
      speeds = Arrays.copyOf(speeds, capacity);
      weights = Arrays.copyOf(weights, capacity);
      up = Arrays.copyOf(up, capacity);
      draining = Arrays.copyOf(draining, capacity);
      nominalSpeeds = Arrays.copyOf(nominalSpeeds, capacity);
      sessions = Arrays.copyOf(sessions, capacity);
      busy = Arrays.copyOf(busy, capacity);
      outstanding = Arrays.copyOf(outstanding, capacity);
      queues = Arrays.copyOf(queues, capacity);
      lastChange = Arrays.copyOf(lastChange, capacity);
      busyArea = Arrays.copyOf(busyArea, capacity);
      outstandingArea = Arrays.copyOf(outstandingArea, capacity);
      joinedAt = Arrays.copyOf(joinedAt, capacity);
      endedAt = Arrays.copyOf(endedAt, capacity);
      upUntil = Arrays.copyOf(upUntil, capacity);
      live = Arrays.copyOf(live, capacity);
    }
    names[b] = spec.name();
    workers[b] = spec.workers();
    queueLimits[b] = spec.queueLimit();
    speeds[b] = spec.speed();
    nominalSpeeds[b] = spec.speed();
    weights[b] = spec.weight();
    up[b] = true;
    queues[b] = new IntFifo();
    lastChange[b] = now;
    joinedAt[b] = now;
    endedAt[b] = Long.MAX_VALUE;
    upUntil[b] = Long.MAX_VALUE;
    live[liveCount++] = b;
    membershipVersion++;
    return b;
  }

  /** Stops routing to backend {@code b} at {@code now}; requests it already holds still complete. */
  public void remove(int b, long now) {
    if (up[b] || draining[b]) {
      endedAt[b] = now;
      upUntil[b] = Math.min(upUntil[b], now);
    }
    draining[b] = false;
    leave(b);
  }

  private void leave(int b) {
    if (!up[b]) {
      return;
    }
    up[b] = false;
    int j = 0;
    for (int i = 0; i < liveCount; i++) {
      if (live[i] != b) {
        live[j++] = live[i];
      }
    }
    liveCount = j;
    membershipVersion++;
  }

  /**
   * Stops placing new sessions on backend {@code b} at {@code now}; sessions pinned to it keep using it until
   * {@link #remove}.
   */
  public void drain(int b, long now) {
    if (up[b]) {
      upUntil[b] = now;
      leave(b);
      draining[b] = true;
    }
  }

  /** Changes backend {@code b}'s speed factor for services that start from now on (a slow or healed backend). */
  public void setSpeed(int b, double speed) {
    if (speed <= 0) {
      throw new IllegalArgumentException("speed must be positive: " + speed);
    }
    speeds[b] = speed;
  }

  /** Number of backends that ever joined (valid backend numbers are 0 .. count-1). */
  @Override
  public int count() {
    return count;
  }

  @Override
  public int liveCount() {
    return liveCount;
  }

  /** The i-th backend accepting requests, in ascending backend number. */
  @Override
  public int live(int i) {
    return live[i];
  }

  /** Incremented whenever a backend joins or leaves, so routers know to rebuild their tables. */
  @Override
  public int membershipVersion() {
    return membershipVersion;
  }

  public boolean isUp(int b) {
    return up[b];
  }

  public boolean isDraining(int b) {
    return draining[b];
  }

  /** Whether a session pinned to {@code b} may still be served there (up, or draining). */
  @Override
  public boolean acceptsPinned(int b) {
    return up[b] || draining[b];
  }

  /** The speed backend {@code b} joined with (restored by a heal). */
  public double nominalSpeed(int b) {
    return nominalSpeeds[b];
  }

  /** Live sessions whose affinity (sticky pin or local state) is on backend {@code b}. */
  public int sessions(int b) {
    return sessions[b];
  }

  @Override
  public String name(int b) {
    return names[b];
  }

  public int workers(int b) {
    return workers[b];
  }

  public int queueLimit(int b) {
    return queueLimits[b];
  }

  public double speed(int b) {
    return speeds[b];
  }

  @Override
  public double weight(int b) {
    return weights[b];
  }

  public int busy(int b) {
    return busy[b];
  }

  /** Requests dispatched to {@code b} and not yet finished (in a remote wait, queued or in service). */
  @Override
  public int outstanding(int b) {
    return outstanding[b];
  }

  @Override
  public long totalOutstanding() {
    return totalOutstanding;
  }

  public int queueLength(int b) {
    return queues[b].size();
  }

  /**
   * Nanoseconds of [from, to) during which backend {@code b} was up: taking new sessions (joined, not yet draining
   * or removed). Request skew is measured over this time: it is where a policy chooses freely.
   */
  public long upNanos(int b, long from, long to) {
    return Math.max(0, Math.min(to, upUntil[b]) - Math.max(from, joinedAt[b]));
  }

  /** Nanoseconds of [from, to) during which backend {@code b} was live (joined and not yet removed). */
  public long liveNanos(int b, long from, long to) {
    return Math.max(0, Math.min(to, endedAt[b]) - Math.max(from, joinedAt[b]));
  }

  /** Integral of busy workers over time, in worker-nanoseconds, up to the last change of {@code b}. */
  double busyArea(int b) {
    return busyArea[b];
  }

  /** Integral of outstanding requests over time, in request-nanoseconds, up to the last change of {@code b}. */
  double outstandingArea(int b) {
    return outstandingArea[b];
  }

  /** Brings {@code b}'s integrals up to {@code now}. */
  void advance(int b, long now) {
    long dt = now - lastChange[b];
    if (dt != 0) {
      busyArea[b] += (double) busy[b] * dt;
      outstandingArea[b] += (double) outstanding[b] * dt;
      lastChange[b] = now;
    }
  }

  void advanceAll(long now) {
    for (int b = 0; b < count; b++) {
      advance(b, now);
    }
  }

  void addOutstanding(int b, int delta, long now) {
    advance(b, now);
    outstanding[b] += delta;
    totalOutstanding += delta;
  }

  void addBusy(int b, int delta, long now) {
    advance(b, now);
    busy[b] += delta;
  }

  void addSessions(int b, int delta) {
    sessions[b] += delta;
  }

  IntFifo queue(int b) {
    return queues[b];
  }
}
