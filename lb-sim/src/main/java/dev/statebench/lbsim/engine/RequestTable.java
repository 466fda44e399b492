package dev.statebench.lbsim.engine;

import java.util.Arrays;

/**
 * The in-flight requests, as parallel primitive arrays indexed by a recycled slot: memory grows with the number of
 * requests in flight, never with the number served.
 */
final class RequestTable {
  long[] arrivedAt = new long[1024];
  /** When the user sent the request this one serves (earlier than arrivedAt for a request re-sent after a login). */
  long[] userStart = new long[1024];
  long[] readyAt = new long[1024];
  long[] work = new long[1024];
  int[] session = new int[1024];
  int[] backend = new int[1024];
  /** {@link #ACTIVE}, {@link #LOGIN}, {@link #DOOMED} bits. */
  byte[] flags = new byte[1024];
  static final byte ACTIVE = 1;
  static final byte LOGIN = 2;
  /** Failed by a kill while in a remote wait or in service: its pending event only frees the slot. */
  static final byte DOOMED = 4;
  private int[] free = new int[1024];
  private int freeCount;
  private int used;

  int open(long now, long userSentAt, int sessionSlot, int backendNumber, long cpuWork, boolean login) {
    int r;
    if (freeCount > 0) {
      r = free[--freeCount];
    } else {
      if (used == arrivedAt.length) {
        grow();
      }
      r = used++;
    }
    arrivedAt[r] = now;
    userStart[r] = userSentAt;
    readyAt[r] = now;
    work[r] = cpuWork;
    session[r] = sessionSlot;
    backend[r] = backendNumber;
    flags[r] = (byte) (ACTIVE | (login ? LOGIN : 0));
    return r;
  }

  /** Slots ever used: in-flight requests are among 0 .. slots() - 1, those with the {@link #ACTIVE} flag. */
  int slots() {
    return used;
  }

  boolean has(int r, byte flag) {
    return (flags[r] & flag) != 0;
  }

  void close(int r) {
    flags[r] = 0;
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, free.length * 2);
    }
    free[freeCount++] = r;
  }

  private void grow() {
    int capacity = arrivedAt.length * 2;
    arrivedAt = Arrays.copyOf(arrivedAt, capacity);
    userStart = Arrays.copyOf(userStart, capacity);
    readyAt = Arrays.copyOf(readyAt, capacity);
    work = Arrays.copyOf(work, capacity);
    session = Arrays.copyOf(session, capacity);
    backend = Arrays.copyOf(backend, capacity);
    flags = Arrays.copyOf(flags, capacity);
  }
}
