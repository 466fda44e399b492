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
  private long pinnedAt;
  private long now;

  /** Prepares this object for the next decision. */
  public void reset(long sessionId, long clientAddress, int pinnedBackend) {
    reset(sessionId, clientAddress, pinnedBackend, 0, 0);
  }

  /** Prepares this object for the next decision, with the time of the pin and the current time (cookie lifetimes). */
  public void reset(long sessionId, long clientAddress, int pinnedBackend, long pinnedAt, long now) {
    this.sessionId = sessionId;
    this.clientAddress = clientAddress;
    this.pinnedBackend = pinnedBackend;
    this.redispatched = false;
    this.pinnedAt = pinnedAt;
    this.now = now;
  }

  /** When the session was pinned to {@link #pinnedBackend()} (simulated nanoseconds). */
  public long pinnedAt() {
    return pinnedAt;
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

  /** Pins the session to {@code backend} for its later requests (an affinity cookie). */
  public void pin(int backend) {
    pinnedBackend = backend;
  }

  /** Records that the session's pinned backend was gone and the request was placed elsewhere. */
  public void markRedispatched() {
    redispatched = true;
  }

  public boolean redispatched() {
    return redispatched;
  }
}
