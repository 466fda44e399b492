package dev.statebench.fleet.client;

/**
 * Request headers the lab's client sends so that HAProxy can hash what the simulator hashes: the session's identity
 * and the address of the client it belongs to (every lab connection comes from 127.0.0.1).
 */
public final class SessionHeaders {
  /** The session's number, the simulator's {@code key=session}. */
  public static final String SESSION = "X-Session";
  /** The session's client address, an IPv4 literal, the simulator's client address. */
  public static final String CLIENT = "X-Client";

  private SessionHeaders() {}
}
