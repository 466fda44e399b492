package dev.statebench.lbsim.engine;

import java.util.Arrays;

/**
 * The in-flight requests, as parallel primitive arrays indexed by a recycled slot: memory grows with the number of
 * requests in flight, never with the number served.
 */
final class RequestTable {
  long[] arrivedAt = new long[1024];
  long[] readyAt = new long[1024];
  long[] work = new long[1024];
  int[] session = new int[1024];
  int[] backend = new int[1024];
  private int[] free = new int[1024];
  private int freeCount;
  private int used;

  int open(long now, int sessionSlot, int backendNumber, long cpuWork) {
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
    readyAt[r] = now;
    work[r] = cpuWork;
    session[r] = sessionSlot;
    backend[r] = backendNumber;
    return r;
  }

  void close(int r) {
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, free.length * 2);
    }
    free[freeCount++] = r;
  }

  private void grow() {
    int capacity = arrivedAt.length * 2;
    arrivedAt = Arrays.copyOf(arrivedAt, capacity);
    readyAt = Arrays.copyOf(readyAt, capacity);
    work = Arrays.copyOf(work, capacity);
    session = Arrays.copyOf(session, capacity);
    backend = Arrays.copyOf(backend, capacity);
  }
}
