package dev.statebench.lbsim.engine;

import java.util.Arrays;

/**
 * The pending-event set: a 4-ary min-heap in one primitive array, each event three adjacent longs, so pushing or
 * popping allocates nothing and touches few cache lines (a 4-ary heap is half as deep as a binary one, and its
 * four children lie side by side).
 *
 * <p>Far-future events (a million sessions thinking for seconds) would make the heap deep and cache-cold, so events
 * beyond the current time bucket are first appended, unsorted, to a ring of time buckets (a calendar, as in Brown's
 * calendar queue, CACM 1988) and moved into the heap only when the clock reaches their bucket. The heap then holds
 * only the near future and stays small; the order of events is unchanged, because every event keeps the order key
 * it received when it was pushed and the heap sorts all events of a bucket before any of them leaves. How wide and
 * how many the buckets are is a {@link CalendarShape}: the engine sizes them to the model's event density.
 *
 * <p>Events are totally ordered by (time, priority, sequence number): the sequence number is assigned at push, so
 * two events at the same time and priority leave in the order they were scheduled and no tie is left to the heap's
 * shape. An event carries one {@code long} payload (the engine packs an event type and an argument into it).
 *
 * <p>Lanes: a stream of events of which at most one is pending at a time (the next session arrival: every arrival
 * schedules the next) can be given a lane ({@link #pushToLane}), a slot beside the heap. A lane's event is compared
 * with the heap's earliest when popping but is never sifted through the heap, which in an open-arrival model saves
 * one heap insertion and one removal per session. Lane events take their sequence number from the same counter, so
 * the order of events is exactly the order without lanes.
 */
public final class EventQueue {
  private static final int SEQUENCE_BITS = 56;
  private static final long SEQUENCE_MASK = (1L << SEQUENCE_BITS) - 1;
  // one event = three adjacent longs (time, order, payload): a node is one cache miss, not three
  private static final int STRIDE = 3;

  private long[] heap;
  private int heapSize;
  private long sequence;

  private final int bucketShift;
  private final int bucketMask;
  private final int chunkEvents;
  private final int nearBuckets;
  // a bucket is a list of fixed-size chunks from a shared pool, so memory follows the number of bucketed events
  // (plus one partly filled chunk per non-empty bucket), however unevenly they spread over the buckets
  private final int[] bucketHead;
  private final int[] bucketTail;
  private final int[] bucketTailFill;
  private long[][] chunks = new long[64][];
  private int[] chunkNext = new int[64];
  private int[] freeChunks = new int[64];
  private int freeChunkCount;
  private int chunkCount;
  private long cursor;
  private int bucketed;

  private long poppedTime;
  private long poppedPayload;

  // one pending event per lane at most; laneOrder < 0 marks an empty lane
  private final long[] laneTime;
  private final long[] laneOrder;
  private final long[] lanePayload;
  private int earliestLane = -1;
  private int lanesPending;

  /** A queue with the {@linkplain CalendarShape#DEFAULT default calendar} and no lanes. */
  public EventQueue(int initialCapacity) {
    this(initialCapacity, CalendarShape.DEFAULT, 0);
  }

  /** A queue without lanes whose calendar has the default chunks and near window and the given buckets. */
  public EventQueue(int initialCapacity, int bucketShift, int bucketCount) {
    this(initialCapacity, new CalendarShape(bucketShift, bucketCount, CalendarShape.DEFAULT.chunkEvents(),
        CalendarShape.DEFAULT.nearBuckets()), 0);
  }

  /** A queue with {@code lanes} lanes (see {@link #pushToLane}) and the default calendar. */
  public static EventQueue withLanes(int initialCapacity, int lanes) {
    return new EventQueue(initialCapacity, CalendarShape.DEFAULT, lanes);
  }

  /**
   * @param shape the calendar's buckets (events beyond its horizon go straight to the heap)
   * @param lanes number of lanes, each holding at most one pending event beside the heap
   */
  public EventQueue(int initialCapacity, CalendarShape shape, int lanes) {
    int bucketShift = shape.bucketShift();
    int bucketCount = shape.bucketCount();
    this.chunkEvents = shape.chunkEvents();
    this.nearBuckets = shape.nearBuckets();
    this.laneTime = new long[lanes];
    this.laneOrder = new long[lanes];
    this.lanePayload = new long[lanes];
    Arrays.fill(laneOrder, -1);
    this.heap = new long[Math.max(16, initialCapacity) * STRIDE];
    this.bucketShift = bucketShift;
    this.bucketMask = bucketCount - 1;
    this.bucketHead = new int[bucketCount];
    this.bucketTail = new int[bucketCount];
    this.bucketTailFill = new int[bucketCount];
    Arrays.fill(bucketHead, -1);
  }

  public int size() {
    return heapSize + bucketed + lanesPending;
  }

  public boolean isEmpty() {
    return size() == 0;
  }

  /**
   * Schedules an event.
   *
   * @param priority 0..127, smaller first among events at the same time
   */
  public void push(long time, int priority, long payload) {
    long order = nextOrder(priority);
    long bucket = time >>> bucketShift;
    // the next few buckets go straight to the heap: near events (services) would only be moved twice
    if (bucket > cursor + nearBuckets && bucket - cursor <= bucketMask) {
      int slot = (int) (bucket & bucketMask);
      if (bucketHead[slot] < 0) {
        int chunk = allocateChunk();
        bucketHead[slot] = chunk;
        bucketTail[slot] = chunk;
        bucketTailFill[slot] = 0;
      } else if (bucketTailFill[slot] == chunkEvents) {
        int chunk = allocateChunk();
        chunkNext[bucketTail[slot]] = chunk;
        bucketTail[slot] = chunk;
        bucketTailFill[slot] = 0;
      }
      long[] c = chunks[bucketTail[slot]];
      int at = bucketTailFill[slot]++ * STRIDE;
      c[at] = time;
      c[at + 1] = order;
      c[at + 2] = payload;
      bucketed++;
    } else {
      heapPush(time, order, payload);
    }
  }

  /**
   * Schedules the one pending event of lane {@code lane}, ordered among all events exactly as {@link #push} would.
   *
   * @throws IllegalStateException when the lane already holds an event
   */
  public void pushToLane(int lane, long time, int priority, long payload) {
    if (laneOrder[lane] >= 0) {
      throw new IllegalStateException("lane " + lane + " already holds an event");
    }
    laneTime[lane] = time;
    laneOrder[lane] = nextOrder(priority);
    lanePayload[lane] = payload;
    lanesPending++;
    if (earliestLane < 0 || precedes(time, laneOrder[lane], laneTime[earliestLane], laneOrder[earliestLane])) {
      earliestLane = lane;
    }
  }

  private long nextOrder(int priority) {
    return ((long) priority << SEQUENCE_BITS) | (sequence++ & SEQUENCE_MASK);
  }

  private static boolean precedes(long time, long order, long otherTime, long otherOrder) {
    return time < otherTime || (time == otherTime && order < otherOrder);
  }

  /**
   * Removes the earliest event; read it with {@link #poppedTime()} and {@link #poppedPayload()}.
   *
   * @throws IllegalStateException when the queue is empty
   */
  public void pop() {
    if (!popNotAfter(Long.MAX_VALUE)) {
      throw new IllegalStateException("the event queue is empty");
    }
  }

  /**
   * Removes the earliest event if the queue is not empty and the event is not later than {@code limit}.
   *
   * @return whether an event was removed
   */
  public boolean popNotAfter(long limit) {
    if (heapSize + bucketed > 0) {
      settle();
      int lane = earliestLane;
      if (lane < 0 || precedes(heap[0], heap[1], laneTime[lane], laneOrder[lane])) {
        if (heap[0] > limit) {
          return false;
        }
        removeFirst();
        return true;
      }
    }
    return earliestLane >= 0 && popLane(limit);
  }

  private boolean popLane(long limit) {
    int lane = earliestLane;
    if (laneTime[lane] > limit) {
      return false;
    }
    poppedTime = laneTime[lane];
    poppedPayload = lanePayload[lane];
    laneOrder[lane] = -1;
    lanesPending--;
    earliestLane = -1;
    for (int l = 0; l < laneOrder.length; l++) {
      if (laneOrder[l] >= 0 && (earliestLane < 0
          || precedes(laneTime[l], laneOrder[l], laneTime[earliestLane], laneOrder[earliestLane]))) {
        earliestLane = l;
      }
    }
    return true;
  }

  private void removeFirst() {
    long[] h = heap;
    poppedTime = h[0];
    poppedPayload = h[2];
    int last = --heapSize;
    if (last > 0) {
      int lastAt = last * STRIDE;
      siftDown(h[lastAt], h[lastAt + 1], h[lastAt + 2], last);
    }
  }

  public long poppedTime() {
    return poppedTime;
  }

  public long poppedPayload() {
    return poppedPayload;
  }

  /** Moves buckets into the heap until the heap's earliest event precedes every bucketed one. */
  private void settle() {
    while (bucketed > 0) {
      if (heapSize > 0 && (heap[0] >>> bucketShift) <= cursor) {
        return;
      }
      cursor++;
      int slot = (int) (cursor & bucketMask);
      int chunk = bucketHead[slot];
      while (chunk >= 0) {
        int count = chunk == bucketTail[slot] ? bucketTailFill[slot] : chunkEvents;
        long[] c = chunks[chunk];
        for (int at = 0, end = count * STRIDE; at < end; at += STRIDE) {
          heapPush(c[at], c[at + 1], c[at + 2]);
        }
        bucketed -= count;
        int next = chunkNext[chunk];
        freeChunks[freeChunkCount++] = chunk;
        chunk = next;
      }
      bucketHead[slot] = -1;
    }
    if (heapSize > 0) {
      // nothing is bucketed: let the calendar start at the present so new events are bucketed again
      cursor = Math.max(cursor, heap[0] >>> bucketShift);
    }
  }

  private int allocateChunk() {
    int chunk;
    if (freeChunkCount > 0) {
      chunk = freeChunks[--freeChunkCount];
    } else {
      if (chunkCount == chunks.length) {
        chunks = Arrays.copyOf(chunks, chunkCount * 2);
        chunkNext = Arrays.copyOf(chunkNext, chunkCount * 2);
        freeChunks = Arrays.copyOf(freeChunks, chunkCount * 2);
      }
      chunk = chunkCount++;
      chunks[chunk] = new long[chunkEvents * STRIDE];
    }
    chunkNext[chunk] = -1;
    return chunk;
  }

  private void heapPush(long time, long order, long payload) {
    if ((heapSize + 1) * STRIDE > heap.length) {
      heap = Arrays.copyOf(heap, heap.length * 2);
    }
    long[] h = heap;
    int i = heapSize++;
    while (i > 0) {
      int parent = (i - 1) >>> 2;
      int p = parent * STRIDE;
      long parentTime = h[p];
      if (time < parentTime || (time == parentTime && order < h[p + 1])) {
        int at = i * STRIDE;
        h[at] = parentTime;
        h[at + 1] = h[p + 1];
        h[at + 2] = h[p + 2];
        i = parent;
      } else {
        break;
      }
    }
    int at = i * STRIDE;
    h[at] = time;
    h[at + 1] = order;
    h[at + 2] = payload;
  }

  private void siftDown(long time, long order, long payload, int size) {
    long[] h = heap;
    int i = 0;
    while (true) {
      int first = (i << 2) + 1;
      if (first >= size) {
        break;
      }
      int best = first;
      int bestAt = first * STRIDE;
      long bestTime = h[bestAt];
      long bestOrder = h[bestAt + 1];
      int end = Math.min(first + 4, size);
      for (int c = first + 1; c < end; c++) {
        int cAt = c * STRIDE;
        long t = h[cAt];
        if (t < bestTime || (t == bestTime && h[cAt + 1] < bestOrder)) {
          best = c;
          bestAt = cAt;
          bestTime = t;
          bestOrder = h[cAt + 1];
        }
      }
      if (bestTime < time || (bestTime == time && bestOrder < order)) {
        int at = i * STRIDE;
        h[at] = bestTime;
        h[at + 1] = bestOrder;
        h[at + 2] = h[bestAt + 2];
        i = best;
      } else {
        break;
      }
    }
    int at = i * STRIDE;
    h[at] = time;
    h[at + 1] = order;
    h[at + 2] = payload;
  }
}
