package dev.statebench.lbsim.engine;

/**
 * The kinds of event the loop processes, each with its priority among events at the same instant (lower first):
 * fleet changes, then departures free capacity, then remote waits end, then requests are sent, then sessions
 * arrive; measurement and window boundaries come last, after everything at that instant.
 *
 * <p>A kind of which at most one event is ever pending (each session arrival schedules the next; each window end
 * the next) has a lane of its own in the {@link EventQueue}; the others share the heap.
 */
enum EventKind {
  SESSION_ARRIVAL(4, 0),
  REQUEST_SEND(3, EventKind.HEAP),
  REMOTE_DONE(1, EventKind.HEAP),
  SERVICE_DONE(0, EventKind.HEAP),
  FLEET_ACTION(2, EventKind.HEAP),
  WARMUP_END(5, 1),
  WINDOW_END(6, 2);

  /** The {@link #lane} of kinds that go to the heap. */
  static final int HEAP = -1;
  /** How many lanes the kinds use. */
  static final int LANES = 3;
  private static final EventKind[] BY_ORDINAL = values();
  final int priority;
  final int lane;

  EventKind(int priority, int lane) {
    this.priority = priority;
    this.lane = lane;
  }

  static EventKind of(int ordinal) {
    return BY_ORDINAL[ordinal];
  }
}
