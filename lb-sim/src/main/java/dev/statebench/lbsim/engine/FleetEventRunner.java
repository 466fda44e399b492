package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.metrics.EventRecord;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Carries out fleet events inside the event loop, at the time of the event being processed ({@link FleetControl}):
 * a kill fails every request the backend holds (in a remote wait, queued or in service; each failed request's session
 * carries on after its think time) and loses its local sessions (others are unpinned); a drain stops new work as its
 * mode says and kills what is left at its deadline; an added backend may start slow. It records what each event did
 * and when the first scale-out happened.
 */
final class FleetEventRunner implements FleetControl {
  private final Fleet fleet;
  private final EventLoop loop;
  private final SessionTable sessions;
  private final RequestTable requests;
  private final RequestLifecycle lifecycle;
  private final StateCosts stateCosts;
  private final Recorders recorders;
  private final List<FleetEvent> events = new ArrayList<>();
  private boolean[] killed = new boolean[0];
  private long eventNow;
  private long scaleOutAt = -1;
  private int scaleOutFirstNew;

  FleetEventRunner(Fleet fleet, EventLoop loop, SessionTable sessions, RequestTable requests,
      RequestLifecycle lifecycle, StateCosts stateCosts, Recorders recorders) {
    this.fleet = fleet;
    this.loop = loop;
    this.sessions = sessions;
    this.requests = requests;
    this.lifecycle = lifecycle;
    this.stateCosts = stateCosts;
    this.recorders = recorders;
  }

  /** Schedules {@code event} at simulated time {@code time}. */
  void schedule(long time, FleetEvent event) {
    events.add(event);
    loop.push(time, EventKind.FLEET_ACTION, events.size() - 1);
  }

  /** Carries out the scheduled event number {@code index}. */
  void run(int index, long now) {
    FleetEvent event = events.get(index);
    if (scaleOutAt < 0 && event.scalesOut()) {
      scaleOutAt = now;
      scaleOutFirstNew = fleet.count();
    }
    eventNow = now;
    event.apply(this, now);
  }

  /** When the first scale-out happened, or -1 if none did. */
  long scaleOutAt() {
    return scaleOutAt;
  }

  /** The number of the first backend the first scale-out added. */
  int scaleOutFirstNew() {
    return scaleOutFirstNew;
  }

  @Override
  public Fleet fleet() {
    return fleet;
  }

  @Override
  public void kill(int b, String label) {
    if (b < killed.length && killed[b]) {
      return;
    }
    if (killed.length < fleet.count()) {
      killed = Arrays.copyOf(killed, fleet.count());
    }
    killed[b] = true;
    long live = sessions.openCount();
    long lostHere = releaseSessions(b);
    fleet.remove(b, eventNow);
    long failedHere = 0;
    List<Integer> sessionsToResume = new ArrayList<>();
    for (int r = 0; r < requests.slots(); r++) {
      if (requests.backend[r] == b && requests.has(r, RequestTable.ACTIVE) && !requests.has(r, RequestTable.DOOMED)) {
        requests.flags[r] |= RequestTable.DOOMED;
        failedHere++;
        int s = requests.session[r];
        if (requests.has(r, RequestTable.LOGIN)) {
          // the user's request waiting for this login fails with it
          sessions.takeRequest(s);
          sessions.setRetryFrom(s, SessionTable.NONE);
        }
        sessionsToResume.add(s);
      }
    }
    IntFifo queue = fleet.queue(b);
    while (!queue.isEmpty()) {
      requests.close(queue.poll());
    }
    fleet.addBusy(b, -fleet.busy(b), eventNow);
    fleet.addOutstanding(b, -fleet.outstanding(b), eventNow);
    recorders.ledger.failed(failedHere);
    recorders.ledger.sessionsLost(lostHere);
    if (recorders.windows != null) {
      recorders.windows.failed(failedHere);
    }
    for (int s : sessionsToResume) {
      lifecycle.afterRequest(s, eventNow);
    }
    recorders.eventRecords.add(new EventRecord(eventNow, label, live, lostHere, failedHere));
  }

  /** Loses (local state) or unpins (others) the sessions at home on {@code b}; returns how many were lost. */
  private long releaseSessions(int b) {
    long lost = 0;
    boolean local = stateCosts.keepsStateOnBackend();
    for (int s = 0; s < sessions.slots(); s++) {
      if (sessions.isOpen(s) && sessions.home(s) == b) {
        if (local) {
          lifecycle.moveHome(s, SessionTable.LOST);
          lost++;
        } else {
          lifecycle.moveHome(s, SessionTable.NO_HOME);
        }
      }
    }
    return lost;
  }

  @Override
  public void drain(int b, long deadlineNanos, DrainMode mode, String label) {
    if (!fleet.isUp(b)) {
      return;
    }
    if (mode == DrainMode.HAPROXY) {
      fleet.drain(b, eventNow);
    } else {
      fleet.remove(b, eventNow);
    }
    record(label);
    schedule(eventNow + deadlineNanos, new DrainDeadline(b));
  }

  @Override
  public void storeDown(String label) {
    lifecycle.setStoreUp(false);
    record(label);
  }

  @Override
  public void storeUp(String label) {
    lifecycle.setStoreUp(true);
    record(label);
  }

  @Override
  public int add(BackendSpec spec, long slowStartNanos, String label) {
    int b = fleet.add(spec, eventNow);
    if (slowStartNanos > 0) {
      double nominal = fleet.nominalSpeed(b);
      fleet.setSpeed(b, nominal * 0.1);
      for (int step = 1; step <= 10; step++) {
        double speed = nominal * (0.1 + 0.09 * step);
        schedule(eventNow + slowStartNanos * step / 10, new SpeedStep(b, speed));
      }
    }
    record(label);
    return b;
  }

  @Override
  public void slow(int b, double factor, String label) {
    fleet.setSpeed(b, fleet.nominalSpeed(b) * factor);
    record(label);
  }

  @Override
  public void heal(int b, String label) {
    fleet.setSpeed(b, fleet.nominalSpeed(b));
    record(label);
  }

  /** Records an event that failed no request and lost no session. */
  private void record(String label) {
    recorders.eventRecords.add(new EventRecord(eventNow, label, sessions.openCount(), 0, 0));
  }
}
