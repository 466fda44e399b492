package dev.statebench.lbsim.engine;

import java.util.Arrays;

/**
 * The pending-event set: a 4-ary min-heap over three parallel primitive arrays, so pushing or popping an event
 * allocates nothing and touches few cache lines (a 4-ary heap is half as deep as a binary one and its children
 * share a cache line).
 *
 * <p>Events are totally ordered by (time, priority, sequence number): the sequence number is assigned at push, so
 * two events at the same time and priority leave in the order they were scheduled and no tie is left to the heap's
 * shape. An event carries one {@code long} payload (the engine packs an event type and an argument into it).
 */
public final class EventQueue {
  private static final int SEQUENCE_BITS = 56;
  private static final long SEQUENCE_MASK = (1L << SEQUENCE_BITS) - 1;

  private long[] times;
  private long[] orders;
  private long[] payloads;
  private int size;
  private long sequence;

  private long poppedTime;
  private long poppedPayload;

  public EventQueue(int initialCapacity) {
    int capacity = Math.max(16, initialCapacity);
    times = new long[capacity];
    orders = new long[capacity];
    payloads = new long[capacity];
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** The time of the earliest event; only valid when the queue is not empty. */
  public long peekTime() {
    return times[0];
  }

  /**
   * Schedules an event.
   *
   * @param priority 0..127, smaller first among events at the same time
   */
  public void push(long time, int priority, long payload) {
    if (size == times.length) {
      grow();
    }
    long order = ((long) priority << SEQUENCE_BITS) | (sequence++ & SEQUENCE_MASK);
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 2;
      long parentTime = times[parent];
      if (time < parentTime || (time == parentTime && order < orders[parent])) {
        times[i] = parentTime;
        orders[i] = orders[parent];
        payloads[i] = payloads[parent];
        i = parent;
      } else {
        break;
      }
    }
    times[i] = time;
    orders[i] = order;
    payloads[i] = payload;
  }

  /** Removes the earliest event; read it with {@link #poppedTime()} and {@link #poppedPayload()}. */
  public void pop() {
    poppedTime = times[0];
    poppedPayload = payloads[0];
    int last = --size;
    if (last == 0) {
      return;
    }
    long time = times[last];
    long order = orders[last];
    long payload = payloads[last];
    int i = 0;
    while (true) {
      int first = (i << 2) + 1;
      if (first >= last) {
        break;
      }
      int best = first;
      long bestTime = times[first];
      long bestOrder = orders[first];
      int end = Math.min(first + 4, last);
      for (int c = first + 1; c < end; c++) {
        long t = times[c];
        if (t < bestTime || (t == bestTime && orders[c] < bestOrder)) {
          best = c;
          bestTime = t;
          bestOrder = orders[c];
        }
      }
      if (bestTime < time || (bestTime == time && bestOrder < order)) {
        times[i] = bestTime;
        orders[i] = bestOrder;
        payloads[i] = payloads[best];
        i = best;
      } else {
        break;
      }
    }
    times[i] = time;
    orders[i] = order;
    payloads[i] = payload;
  }

  public long poppedTime() {
    return poppedTime;
  }

  public long poppedPayload() {
    return poppedPayload;
  }

  private void grow() {
    int capacity = times.length * 2;
    times = Arrays.copyOf(times, capacity);
    orders = Arrays.copyOf(orders, capacity);
    payloads = Arrays.copyOf(payloads, capacity);
  }
}
