package dev.statebench.cli;

import dev.statebench.outage.OutageResult;
import java.util.Locale;

/** The console table of {@code statebench outage}: one row per strategy. */
final class OutageTable {
  private OutageTable() {}

  static String header() {
    return String.format(Locale.ROOT, "%-20s %9s %9s %9s %9s %9s %10s %10s %10s %11s %22s", "strategy", "offered",
        "failed", "timeouts", "lost", "fail-dur", "p99 base", "p99 dur", "p99 after", "recovery", "revoked ok dur/after");
  }

  static String row(OutageResult r) {
    return String.format(Locale.ROOT, "%-20s %9d %9d %9d %9d %9d %8.2fms %8.0fms %8.2fms %11s %22s", r.strategy(),
        r.offered(), r.failed(), r.timedOut(), r.sessionsLost(), r.failedDuring(), r.baselineP99Ms(), r.duringP99Ms(),
        r.afterP99Ms(), r.recoveryMs() < 0 ? "not in run" : String.format(Locale.ROOT, "%.0f ms", r.recoveryMs()),
        r.revokedPresented() == 0 ? "—" : r.revokedAcceptedDuring() + " / " + r.revokedAcceptedAfter() + " of "
            + r.revokedPresented());
  }
}
