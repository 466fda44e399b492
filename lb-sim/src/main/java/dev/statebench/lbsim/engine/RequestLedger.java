package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.metrics.RequestAccount;
import dev.statebench.lbsim.metrics.RequestCounts;

/**
 * Counts what happens to requests and sessions, both over the whole run (for the conservation check
 * issued = completed + failed + rejected + in flight) and after the warm-up (for the results).
 */
final class RequestLedger {
  private boolean measuring;
  private long issuedAll;
  private long completedAll;
  private long failedAll;
  private long rejectedAll;
  private long issued;
  private long completed;
  private long failed;
  private long rejected;
  private long redispatched;
  private long unavailable;
  private long storeFailed;
  private long sessionsOpened;
  private long logins;
  private long sessionsLost;

  void startMeasuring() {
    measuring = true;
  }

  boolean measuring() {
    return measuring;
  }

  void issued(boolean redispatch) {
    issuedAll++;
    if (measuring) {
      issued++;
      if (redispatch) {
        redispatched++;
      }
    }
  }

  /** A user request completed; returns the measured count so far. */
  long completed() {
    completedAll++;
    if (measuring) {
      completed++;
    }
    return completed;
  }

  /** A login request completed (not a user request of its own). */
  void loginCompleted() {
    completedAll++;
  }

  void failed(long count) {
    failedAll += count;
    if (measuring) {
      failed += count;
    }
  }

  void rejected() {
    rejectedAll++;
    if (measuring) {
      rejected++;
    }
  }

  /** Issued and refused at once: no live backend ({@code noBackend}) or the session store is down. */
  void refused(boolean noBackend) {
    issued(false);
    if (noBackend) {
      rejected();
      if (measuring) {
        unavailable++;
      }
    } else {
      failed(1);
      if (measuring) {
        storeFailed++;
      }
    }
  }

  void sessionOpened() {
    if (measuring) {
      sessionsOpened++;
    }
  }

  void login() {
    if (measuring) {
      logins++;
    }
  }

  void sessionsLost(long count) {
    if (measuring) {
      sessionsLost += count;
    }
  }

  long failedMeasured() {
    return failed;
  }

  long loginsMeasured() {
    return logins;
  }

  long sessionsLostMeasured() {
    return sessionsLost;
  }

  RequestAccount account(long inFlight) {
    return new RequestAccount(issuedAll, completedAll, failedAll, rejectedAll, inFlight);
  }

  RequestCounts counts() {
    return new RequestCounts(issued, completed, rejected, redispatched, unavailable, storeFailed, sessionsOpened);
  }
}
