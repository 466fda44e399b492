package dev.statebench.outage;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What happened to requests, second by second from the start of the schedule, by completion time: answered,
 * failed (the store could not be asked), answered "no such session" (the session was lost with the store's
 * memory), or — for the hybrid — a revoked token accepted. One-second buckets match the open-loop generator's latency intervals for runs of ten seconds or more.
 */
final class OutcomeTimeline {
  private final long originNanos;
  private final AtomicLongArray answered;
  private final AtomicLongArray failed;
  private final AtomicLongArray lost;
  private final AtomicLongArray revokedAccepted;

  OutcomeTimeline(long originNanos, int seconds) {
    this.originNanos = originNanos;
    this.answered = new AtomicLongArray(seconds);
    this.failed = new AtomicLongArray(seconds);
    this.lost = new AtomicLongArray(seconds);
    this.revokedAccepted = new AtomicLongArray(seconds);
  }

  void revokedAccepted(long nowNanos) {
    revokedAccepted.incrementAndGet(bucket(nowNanos));
  }

  long revokedAccepted(int second) {
    return revokedAccepted.get(second);
  }

  void answered(long nowNanos) {
    answered.incrementAndGet(bucket(nowNanos));
  }

  void failed(long nowNanos) {
    failed.incrementAndGet(bucket(nowNanos));
  }

  void lost(long nowNanos) {
    lost.incrementAndGet(bucket(nowNanos));
  }

  int seconds() {
    return answered.length();
  }

  long answered(int second) {
    return answered.get(second);
  }

  long failed(int second) {
    return failed.get(second);
  }

  long lost(int second) {
    return lost.get(second);
  }

  private int bucket(long nowNanos) {
    long second = (nowNanos - originNanos) / 1_000_000_000L;
    return (int) Math.max(0, Math.min(answered.length() - 1, second));
  }
}
