package dev.statebench.lbsim.engine;

import java.util.Arrays;

/**
 * The live sessions in primitive arrays: what every request touches in eight adjacent longs (64 bytes: id, client
 * address, session number, requests sent and remaining, pinned backend and affinity home, time the affinity cookie
 * was issued, time the cookie was last seen, arrival of the user request waiting for a login), and what only the
 * token and store state models touch in two more longs of a second array (time the token was issued or last checked
 * against the store, last request accepted without a store check), so a request costs few cache misses even with a
 * million sessions. A closed session's slot is recycled: memory grows with the number of concurrently live
 * sessions, never with the number of sessions in a run.
 */
final class SessionTable {
  /** Home of a session with no affinity. */
  static final int NO_HOME = -1;
  /** Home of a local session whose backend died: its next request must log in again. */
  static final int LOST = -2;
  /** Value of a time field that is not set. */
  static final long NONE = Long.MIN_VALUE;
  private static final int STRIDE = 8;
  private static final int ID = 0;
  private static final int CLIENT = 1;
  private static final int NUMBER = 2;
  private static final int COUNTS = 3;
  /** Pinned backend in the high 32 bits, affinity home in the low 32 bits. */
  private static final int AFFINITY = 4;
  private static final int PINNED_AT = 5;
  private static final int LAST_SEEN = 6;
  private static final int RETRY_FROM = 7;
  private static final int TOKEN_STRIDE = 2;
  private static final int TOKEN_AT = 0;
  private static final int UNCHECKED_AT = 1;

  private long[] data = new long[1024 * STRIDE];
  private long[] tokens = new long[1024 * TOKEN_STRIDE];
  private int[] free = new int[1024];
  private int freeCount;
  private int used;

  int open(long id, long client, long number, int length, long now) {
    int s;
    if (freeCount > 0) {
      s = free[--freeCount];
    } else {
      if ((used + 1) * STRIDE > data.length) {
        data = Arrays.copyOf(data, data.length * 2);
        tokens = Arrays.copyOf(tokens, tokens.length * 2);
      }
      s = used++;
    }
    int at = s * STRIDE;
    data[at + ID] = id;
    data[at + CLIENT] = client;
    data[at + NUMBER] = number;
    data[at + COUNTS] = length & 0xffffffffL;
    data[at + AFFINITY] = affinity(-1, NO_HOME);
    data[at + PINNED_AT] = now;
    data[at + LAST_SEEN] = now;
    data[at + RETRY_FROM] = NONE;
    int tokenAt = s * TOKEN_STRIDE;
    tokens[tokenAt + TOKEN_AT] = now;
    tokens[tokenAt + UNCHECKED_AT] = NONE;
    return s;
  }

  void close(int s) {
    data[s * STRIDE + NUMBER] = -1;
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, free.length * 2);
    }
    free[freeCount++] = s;
  }

  long id(int s) {
    return data[s * STRIDE + ID];
  }

  long client(int s) {
    return data[s * STRIDE + CLIENT];
  }

  /** The session's number in arrival order (seeds its per-request random draws). */
  long number(int s) {
    return data[s * STRIDE + NUMBER];
  }

  /** Requests sent so far. */
  int sent(int s) {
    return (int) (data[s * STRIDE + COUNTS] >>> 32);
  }

  /** Requests still to send. */
  int remaining(int s) {
    return (int) data[s * STRIDE + COUNTS];
  }

  /** Marks the first {@code sent} requests as already sent before the run began (a session in progress at time 0). */
  void skipRequests(int s, int sent) {
    int at = s * STRIDE + COUNTS;
    int remaining = (int) data[at];
    data[at] = ((long) sent << 32) | ((remaining - sent) & 0xffffffffL);
  }

  /** Counts one more request sent; returns its index in the session (0 for the first). */
  int takeRequest(int s) {
    int at = s * STRIDE + COUNTS;
    long counts = data[at];
    int sent = (int) (counts >>> 32);
    int remaining = (int) counts;
    data[at] = ((long) (sent + 1) << 32) | ((remaining - 1) & 0xffffffffL);
    return sent;
  }

  private static long affinity(int pinned, int home) {
    return ((long) pinned << 32) | (home & 0xffffffffL);
  }

  int pinned(int s) {
    return (int) (data[s * STRIDE + AFFINITY] >> 32);
  }

  void pin(int s, int backend, long now) {
    int at = s * STRIDE;
    data[at + AFFINITY] = affinity(backend, (int) data[at + AFFINITY]);
    data[at + PINNED_AT] = now;
  }

  long pinnedAt(int s) {
    return data[s * STRIDE + PINNED_AT];
  }

  /** The backend holding the session's affinity or local state, {@link #NO_HOME} or {@link #LOST}. */
  int home(int s) {
    return (int) data[s * STRIDE + AFFINITY];
  }

  void setHome(int s, int backend) {
    int at = s * STRIDE + AFFINITY;
    data[at] = affinity((int) (data[at] >> 32), backend);
  }

  /** When the session's access token was issued or last refreshed against the store. */
  long tokenAt(int s) {
    return tokens[s * TOKEN_STRIDE + TOKEN_AT];
  }

  void setTokenAt(int s, long now) {
    tokens[s * TOKEN_STRIDE + TOKEN_AT] = now;
  }

  /** When the session's affinity cookie was last seen on a request (the idle timeout counts from here). */
  long lastSeen(int s) {
    return data[s * STRIDE + LAST_SEEN];
  }

  void setLastSeen(int s, long now) {
    data[s * STRIDE + LAST_SEEN] = now;
  }

  /** Arrival of the user request that found its session lost and waits for the login, or {@link #NONE}. */
  long retryFrom(int s) {
    return data[s * STRIDE + RETRY_FROM];
  }

  void setRetryFrom(int s, long time) {
    data[s * STRIDE + RETRY_FROM] = time;
  }

  /** The last request accepted on the token alone since the last store check, or {@link #NONE}. */
  long uncheckedAt(int s) {
    return tokens[s * TOKEN_STRIDE + UNCHECKED_AT];
  }

  void setUncheckedAt(int s, long time) {
    tokens[s * TOKEN_STRIDE + UNCHECKED_AT] = time;
  }

  /** Sessions open now. */
  int openCount() {
    return used - freeCount;
  }

  /** Slots ever used: sessions are among 0 .. slots() - 1, those with {@link #isOpen} true. */
  int slots() {
    return used;
  }

  boolean isOpen(int s) {
    return data[s * STRIDE + NUMBER] >= 0;
  }
}
