package dev.statebench.lbsim.engine;

/**
 * The kinds of event the loop processes, each with its priority among events at the same instant (lower first):
 * fleet changes, then departures free capacity, then remote waits end, then requests are sent, then sessions
 * arrive; measurement and window boundaries come last, after everything at that instant.
 */
enum EventKind {
  SESSION_ARRIVAL(4),
  REQUEST_SEND(3),
  REMOTE_DONE(1),
  SERVICE_DONE(0),
  FLEET_ACTION(2),
  WARMUP_END(5),
  WINDOW_END(6);

  private static final EventKind[] BY_ORDINAL = values();
  final int priority;

  EventKind(int priority) {
    this.priority = priority;
  }

  static EventKind of(int ordinal) {
    return BY_ORDINAL[ordinal];
  }
}
