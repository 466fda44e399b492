package dev.statebench.lbsim.engine;

import java.util.function.DoubleConsumer;

/**
 * The discrete-event loop: a calendar of (time, kind, argument) entries popped in time order, ties broken by the
 * kind's priority and then by insertion order ({@link EventQueue}). It knows nothing of sessions, requests or
 * backends: the argument is an index the caller gives meaning to. It counts the events processed and reports
 * progress now and then.
 */
final class EventLoop {
  private static final int PROGRESS_EVERY = 1 << 16;
  private final EventQueue queue;
  private final DoubleConsumer progress;
  private final double expectedEnd;
  private long processed;
  private boolean stopped;
  private long now;
  private EventKind kind;
  private int argument;

  /**
   * @param progress receives the fraction of the run done, now and then
   * @param expectedEnd the simulated time at which the run is expected to end (for progress only)
   * @param calendar the shape of the event queue's calendar (speed and memory only, never the order of events)
   */
  EventLoop(DoubleConsumer progress, double expectedEnd, CalendarShape calendar) {
    this.queue = new EventQueue(1024, calendar, EventKind.LANES);
    this.progress = progress;
    this.expectedEnd = expectedEnd;
  }

  void push(long time, EventKind eventKind, int eventArgument) {
    long payload = ((long) eventKind.ordinal() << 32) | (eventArgument & 0xffffffffL);
    if (eventKind.lane == EventKind.HEAP) {
      queue.push(time, eventKind.priority, payload);
    } else {
      queue.pushToLane(eventKind.lane, time, eventKind.priority, payload);
    }
  }

  /** Pops the next event at or before {@code end}; false when there is none or the run was stopped. */
  boolean next(long end) {
    if (stopped || !queue.popNotAfter(end)) {
      return false;
    }
    now = queue.poppedTime();
    long payload = queue.poppedPayload();
    kind = EventKind.of((int) (payload >>> 32));
    argument = (int) payload;
    if ((++processed & (PROGRESS_EVERY - 1)) == 0) {
      progress.accept(Math.min(0.99, now / expectedEnd));
    }
    return true;
  }

  /** Ends the run after the current event. */
  void stop() {
    stopped = true;
  }

  /** The time of the current event (of the last one, after the loop ended). */
  long now() {
    return now;
  }

  EventKind kind() {
    return kind;
  }

  int argument() {
    return argument;
  }

  /** Events processed so far. */
  long processed() {
    return processed;
  }
}
