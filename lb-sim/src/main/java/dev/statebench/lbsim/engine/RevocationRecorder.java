package dev.statebench.lbsim.engine;

/**
 * Records the session-store checks of sessions after the warm-up: the check intervals (from a session's previous
 * check, or its start, to the next check or its end) and, within each, the exposure (to the last request accepted
 * without a check). See {@link dev.statebench.lbsim.metrics.Outcomes} for the metrics built from them.
 */
final class RevocationRecorder {
  private final SessionTable sessions;
  private long lookups;
  private double intervalSum;
  private double intervalSquares;
  private long intervalMax;
  private double exposureSquares;
  private long exposureMax;

  RevocationRecorder(SessionTable sessions) {
    this.sessions = sessions;
  }

  /** A store lookup for session {@code s} at {@code now}: closes its interval and counts the lookup. */
  void lookup(int s, long now, boolean measuring) {
    closeInterval(s, now, measuring);
    if (measuring) {
      lookups++;
    }
  }

  /** Closes session {@code s}'s current check interval at {@code now} (a check, or the session's end). */
  void closeInterval(int s, long now, boolean measuring) {
    long from = sessions.tokenAt(s);
    long interval = now - from;
    long unchecked = sessions.uncheckedAt(s);
    long exposure = unchecked == SessionTable.NONE ? 0 : Math.max(0, unchecked - from);
    sessions.setTokenAt(s, now);
    sessions.setUncheckedAt(s, SessionTable.NONE);
    if (measuring) {
      intervalSum += interval;
      intervalSquares += (double) interval * interval;
      intervalMax = Math.max(intervalMax, interval);
      exposureSquares += (double) exposure * exposure;
      exposureMax = Math.max(exposureMax, exposure);
    }
  }

  long lookups() {
    return lookups;
  }

  double intervalSum() {
    return intervalSum;
  }

  double intervalSquares() {
    return intervalSquares;
  }

  long intervalMax() {
    return intervalMax;
  }

  double exposureSquares() {
    return exposureSquares;
  }

  long exposureMax() {
    return exposureMax;
  }
}
