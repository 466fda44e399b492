package dev.statebench.fleet.client;

/**
 * One line of the client's per-request log. Times are nanoseconds from the start of the run.
 *
 * @param session the session's number
 * @param kind what the request was
 * @param sentNanos when it was first sent
 * @param doneNanos when its final response (or failure) arrived
 * @param status the final HTTP status, 0 when no response came (connection refused, reset, timeout)
 * @param instance the instance that answered ({@code X-Instance}), empty when none did
 * @param relogged whether a 401 made the session log in again before this request was answered
 */
public record RequestRecord(long session, RequestKind kind, long sentNanos, long doneNanos, int status,
    String instance, boolean relogged) {

  /** The latency in nanoseconds. */
  public long latencyNanos() {
    return doneNanos - sentNanos;
  }

  /** CSV header of {@link #csv()}. */
  public static final String CSV_HEADER = "session,kind,sent_ns,done_ns,status,instance,relogged";

  /** The record as one CSV line. */
  public String csv() {
    return session + "," + kind.name().toLowerCase(java.util.Locale.ROOT) + "," + sentNanos + "," + doneNanos + ","
        + status + "," + instance + "," + relogged;
  }
}
