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
 * it received when it was pushed and the heap sorts all events of a bucket before any of them leaves.
 *
 * <p>Events are totally ordered by (time, priority, sequence number): the sequence number is assigned at push, so
 * two events at the same time and priority leave in the order they were scheduled and no tie is left to the heap's
 * shape. An event carries one {@code long} payload (the engine packs an event type and an argument into it).
 */
public final class EventQueue {
  private static final int SEQUENCE_BITS = 56;
  private static final long SEQUENCE_MASK = (1L << SEQUENCE_BITS) - 1;
  // one event = three adjacent longs (time, order, payload): a node is one cache miss, not three
  private static final int STRIDE = 3;
  /** Default bucket width 2^20 ns ≈ 1 ms and 8192 buckets: a calendar horizon of ≈ 8.6 s. */
  private static final int DEFAULT_BUCKET_SHIFT = 20;
  private static final int DEFAULT_BUCKETS = 8192;
  private static final int CHUNK_EVENTS = 64;
  private static final int NEAR_BUCKETS = 8;

  private long[] heap;
  private int heapSize;
  private long sequence;

  private final int bucketShift;
  private final int bucketMask;
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

  public EventQueue(int initialCapacity) {
    this(initialCapacity, DEFAULT_BUCKET_SHIFT, DEFAULT_BUCKETS);
  }

  /**
   * @param bucketShift log2 of the bucket width in nanoseconds
   * @param bucketCount number of buckets (a power of two); events beyond bucketCount buckets go straight to the heap
   */
  public EventQueue(int initialCapacity, int bucketShift, int bucketCount) {
    if (Integer.bitCount(bucketCount) != 1) {
      throw new IllegalArgumentException("bucket count must be a power of two: " + bucketCount);
    }
    this.heap = new long[Math.max(16, initialCapacity) * STRIDE];
    this.bucketShift = bucketShift;
    this.bucketMask = bucketCount - 1;
    this.bucketHead = new int[bucketCount];
    this.bucketTail = new int[bucketCount];
    this.bucketTailFill = new int[bucketCount];
    Arrays.fill(bucketHead, -1);
  }

  public int size() {
    return heapSize + bucketed;
  }

  public boolean isEmpty() {
    return heapSize + bucketed == 0;
  }

  /**
   * Schedules an event.
   *
   * @param priority 0..127, smaller first among events at the same time
   */
  public void push(long time, int priority, long payload) {
    long order = ((long) priority << SEQUENCE_BITS) | (sequence++ & SEQUENCE_MASK);
    long bucket = time >>> bucketShift;
    // the next few buckets go straight to the heap: near events (services) would only be moved twice
    if (bucket > cursor + NEAR_BUCKETS && bucket - cursor <= bucketMask) {
      int slot = (int) (bucket & bucketMask);
      if (bucketHead[slot] < 0) {
        int chunk = allocateChunk();
        bucketHead[slot] = chunk;
        bucketTail[slot] = chunk;
        bucketTailFill[slot] = 0;
      } else if (bucketTailFill[slot] == CHUNK_EVENTS) {
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

  /** Removes the earliest event; read it with {@link #poppedTime()} and {@link #poppedPayload()}. */
  public void pop() {
    settle();
    removeFirst();
  }

  /**
   * Removes the earliest event if the queue is not empty and the event is not later than {@code limit}.
   *
   * @return whether an event was removed
   */
  public boolean popNotAfter(long limit) {
    if (heapSize + bucketed == 0) {
      return false;
    }
    settle();
    if (heap[0] > limit) {
      return false;
    }
    removeFirst();
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
        int count = chunk == bucketTail[slot] ? bucketTailFill[slot] : CHUNK_EVENTS;
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
      chunks[chunk] = new long[CHUNK_EVENTS * STRIDE];
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
