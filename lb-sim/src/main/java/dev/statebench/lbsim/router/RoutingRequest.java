package dev.statebench.lbsim.router;

/**
 * The request being routed, as a router sees it: its session's identity (for hashing and stickiness) and the
 * backend the session is pinned to. The engine reuses one instance for every decision; routers must not keep it.
 */
public final class RoutingRequest {
  private long sessionId;
  private long clientAddress;
  private int pinnedBackend;
  private boolean redispatched;
  private boolean placed;
  private long pinnedAt;
  private long lastSeen;
  private long now;

  /** Prepares this object for the next decision. */
  public void reset(long sessionId, long clientAddress, int pinnedBackend) {
    reset(sessionId, clientAddress, pinnedBackend, 0, 0, 0);
  }

  /**
   * Prepares this object for the next decision, with the times the session's affinity cookie was issued and last
   * seen and the current time (cookie lifetime and idle timeout).
   */
  public void reset(long sessionId, long clientAddress, int pinnedBackend, long pinnedAt, long lastSeen, long now) {
    this.sessionId = sessionId;
    this.clientAddress = clientAddress;
    this.pinnedBackend = pinnedBackend;
    this.redispatched = false;
    this.placed = false;
    this.pinnedAt = pinnedAt;
    this.lastSeen = lastSeen;
    this.now = now;
  }

  /** When the session's affinity cookie was issued (simulated nanoseconds). */
  public long pinnedAt() {
    return pinnedAt;
  }

  /** When the session's affinity cookie was last sent with a request (simulated nanoseconds). */
  public long lastSeen() {
    return lastSeen;
  }

  /** The simulated time of this decision. */
  public long now() {
    return now;
  }

  /** A 64-bit session identifier (the value of an affinity cookie). */
  public long sessionId() {
    return sessionId;
  }

  /** The client's network address as a number (several sessions may share one behind a NAT). */
  public long clientAddress() {
    return clientAddress;
  }

  /** The backend this session is pinned to, or -1 when it is not pinned. */
  public int pinnedBackend() {
    return pinnedBackend;
  }

  /**
   * Pins the session to {@code backend} for its later requests: issues a new affinity cookie, whose lifetime starts
   * now, even when the backend is the one the session had.
   */
  public void pin(int backend) {
    pinnedBackend = backend;
    placed = true;
  }

  /** Whether this decision issued a new affinity cookie ({@link #pin}). */
  public boolean placed() {
    return placed;
  }

  /** Records that the session's pinned backend was gone and the request was placed elsewhere. */
  public void markRedispatched() {
    redispatched = true;
  }

  public boolean redispatched() {
    return redispatched;
  }
}
