package dev.statebench.fleet.app;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * An instance's {@code workers} service slots with a FIFO queue in front: a request holds one slot for its service
 * time, as the simulator's backend holds a worker. The service time is waited on a timer, not spun on a CPU: on a
 * two-core machine shared by several instances, HAProxy and the client, spinning would make instances compete for
 * cores and turn the queueing model into a CPU-contention one; waiting keeps each instance an M/G/c queue whose
 * service times are what was drawn. Thread-safe.
 */
final class WorkerSlots {
  private record Job(long serviceNanos, LongConsumer done) {}

  private final int workers;
  private final ScheduledExecutorService timer;
  private final Queue<Job> waiting = new ArrayDeque<>();
  private int busy;

  WorkerSlots(int workers, ScheduledExecutorService timer) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be >= 1, got " + workers);
    }
    this.workers = workers;
    this.timer = timer;
  }

  /**
   * Runs {@code done} once a slot has been held for {@code serviceNanos}, queueing for a slot first if none is free;
   * {@code done} receives how long the slot was actually held (the timer fires late on a loaded machine).
   */
  void submit(long serviceNanos, LongConsumer done) {
    Job job = new Job(serviceNanos, done);
    synchronized (this) {
      if (busy == workers) {
        waiting.add(job);
        return;
      }
      busy++;
    }
    hold(job);
  }

  private void hold(Job job) {
    long acquired = System.nanoTime();
    timer.schedule(() -> {
      try {
        job.done().accept(System.nanoTime() - acquired);
      } finally {
        release();
      }
    }, job.serviceNanos(), TimeUnit.NANOSECONDS);
  }

  private void release() {
    Job next;
    synchronized (this) {
      next = waiting.poll();
      if (next == null) {
        busy--;
        return;
      }
    }
    hold(next);
  }
}
