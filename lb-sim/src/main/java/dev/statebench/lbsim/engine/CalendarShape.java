package dev.statebench.lbsim.engine;

/**
 * The shape of the {@link EventQueue}'s calendar: bucket width (a power of two of nanoseconds), number of buckets
 * (their product is the horizon beyond which events go straight to the heap), events per storage chunk, and how
 * many buckets ahead of the clock an event still goes straight to the heap.
 *
 * <p>The shape changes only speed and memory, never the order of events. {@link #forDensity} follows Brown's rule for
 * calendar queues (R. Brown, "Calendar queues: a fast O(1) priority queue implementation for the simulation event
 * set problem", CACM 31(10), 1988): a bucket about three mean event separations wide, so that the heap, which only
 * sorts the events of the buckets the clock has reached, stays a few events deep. It does so only while such a
 * calendar is small: a bucket array much beyond the default's 8,192 entries, with a partly filled chunk per bucket,
 * no longer stays in cache, and a push into it then costs more than the heap depth it saves: narrow buckets speed up
 * {@code lb-sim bench --case p2c-100} (about 100 pending events) and slow down the sticky-100m scenario (about a
 * million sessions thinking), which therefore keeps the default ({@code scripts/lb-sim-speed} measures both).
 *
 * @param bucketShift log2 of the bucket width in nanoseconds
 * @param bucketCount number of buckets, a power of two
 * @param chunkEvents events per storage chunk of a bucket
 * @param nearBuckets events at most this many buckets ahead go straight to the heap
 */
public record CalendarShape(int bucketShift, int bucketCount, int chunkEvents, int nearBuckets) {
  /** Buckets of 2^20 ns ≈ 1 ms, 8192 of them (a horizon of ≈ 8.6 s), 64 events per chunk, the next 8 ms to the heap. */
  public static final CalendarShape DEFAULT = new CalendarShape(20, 8192, 64, 8);

  private static final int MIN_SHIFT = 6;
  private static final int MIN_BUCKETS = 1 << 10;

  public CalendarShape {
    if (Integer.bitCount(bucketCount) != 1) {
      throw new IllegalArgumentException("bucket count must be a power of two: " + bucketCount);
    }
    if (bucketShift < 0 || bucketShift > 62 || chunkEvents < 1 || nearBuckets < 0) {
      throw new IllegalArgumentException("invalid calendar shape: " + bucketShift + ", " + chunkEvents + ", "
          + nearBuckets);
    }
  }

  /**
   * A calendar for a model expected to process {@code eventsPerNano} events per simulated nanosecond whose events are
   * mostly scheduled at most {@code horizonNanos} ahead: Brown's bucket width (three mean separations, rounded down to
   * a power of two) when the horizon then needs at most {@link #DEFAULT}'s number of buckets (at least 2^10 of them),
   * chunks about twice a bucket's expected content (4 to 64 events), only the current and the next bucket straight
   * to the heap; otherwise the {@link #DEFAULT} shape.
   */
  public static CalendarShape forDensity(double eventsPerNano, double horizonNanos) {
    if (!(eventsPerNano > 0) || !(horizonNanos > 0) || Double.isInfinite(eventsPerNano)
        || Double.isInfinite(horizonNanos)) {
      return DEFAULT;
    }
    double width = 3 / eventsPerNano;
    int shift = Math.max(MIN_SHIFT, 63 - Long.numberOfLeadingZeros(Math.max(1, (long) width)));
    double needed = Math.ceil(horizonNanos / (double) (1L << shift));
    if (shift >= DEFAULT.bucketShift() || needed > DEFAULT.bucketCount()) {
      return DEFAULT;
    }
    int count = Math.max(MIN_BUCKETS, Integer.highestOneBit((int) needed - 1) << 1);
    double perBucket = eventsPerNano * (1L << shift);
    int chunk = Math.max(4, Math.min(64, Integer.highestOneBit((int) Math.ceil(2 * perBucket))));
    return new CalendarShape(shift, count, chunk, 1);
  }
}
