package dev.statebench.lbsim.engine;

import java.util.Arrays;

/**
 * The live sessions, as parallel primitive arrays indexed by a slot; a closed session's slot is recycled, so memory
 * grows with the number of concurrently live sessions and never with the number of sessions in a run.
 */
final class SessionTable {
  long[] ids = new long[1024];
  long[] clients = new long[1024];
  long[] numbers = new long[1024];
  int[] remaining = new int[1024];
  int[] sent = new int[1024];
  int[] pinned = new int[1024];
  private int[] free = new int[1024];
  private int freeCount;
  private int used;
  private int live;

  int open(long id, long client, long number, int length) {
    int s;
    if (freeCount > 0) {
      s = free[--freeCount];
    } else {
      if (used == ids.length) {
        grow();
      }
      s = used++;
    }
    ids[s] = id;
    clients[s] = client;
    numbers[s] = number;
    remaining[s] = length;
    sent[s] = 0;
    pinned[s] = -1;
    live++;
    return s;
  }

  void close(int s) {
    if (freeCount == free.length) {
      free = Arrays.copyOf(free, free.length * 2);
    }
    free[freeCount++] = s;
    live--;
  }

  int live() {
    return live;
  }

  private void grow() {
    int capacity = ids.length * 2;
    ids = Arrays.copyOf(ids, capacity);
    clients = Arrays.copyOf(clients, capacity);
    numbers = Arrays.copyOf(numbers, capacity);
    remaining = Arrays.copyOf(remaining, capacity);
    sent = Arrays.copyOf(sent, capacity);
    pinned = Arrays.copyOf(pinned, capacity);
  }
}
