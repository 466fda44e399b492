package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.metrics.EventRecord;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * Everything one replication records: the request ledger, per-backend load, the time windows (null when the scenario
 * asks for none), revocation intervals, the latency of user requests and the queueing delay of backend requests, the
 * latency of user requests sent around the fleet events (null when not asked for), and what each fleet event did.
 */
final class Recorders {
  final RequestLedger ledger = new RequestLedger();
  final RevocationRecorder revocation;
  final BackendLoadRecorder backendLoad;
  final WindowRecorder windows;
  final Histogram latency = new Histogram(3);
  final Histogram queueing = new Histogram(3);
  final List<EventRecord> eventRecords = new ArrayList<>();
  final Histogram eventLatency;
  private final long eventWindowStart;
  private final long eventWindowEnd;

  Recorders(SimulationConfig config, Fleet fleet, SessionTable sessions) {
    this.revocation = new RevocationRecorder(sessions);
    this.backendLoad = new BackendLoadRecorder(fleet);
    this.windows = config.windowNanos() > 0 ? new WindowRecorder(fleet, config.windowNanos()) : null;
    List<ScheduledEvent> scheduled = config.events();
    if (config.eventWindowNanos() > 0 && !scheduled.isEmpty()) {
      this.eventLatency = new Histogram(3);
      this.eventWindowStart = scheduled.get(0).timeNanos();
      this.eventWindowEnd = scheduled.get(scheduled.size() - 1).timeNanos() + config.eventWindowNanos();
    } else {
      this.eventLatency = null;
      this.eventWindowStart = Long.MAX_VALUE;
      this.eventWindowEnd = Long.MIN_VALUE;
    }
  }

  /** Starts the measured part of the run (the end of the warm-up). */
  void startMeasuring(long now) {
    ledger.startMeasuring();
    backendLoad.start(now);
  }

  /** Records a measured user request sent at {@code userStart} and answered at {@code now}. */
  void userLatency(long userStart, long now) {
    long userLatency = now - userStart;
    if (userStart >= eventWindowStart && userStart < eventWindowEnd) {
      eventLatency.recordValue(userLatency);
    }
    latency.recordValue(userLatency);
  }
}
