package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.metrics.EventRecord;
import dev.statebench.lbsim.metrics.Outcomes;
import dev.statebench.lbsim.metrics.ReplicationResult;
import dev.statebench.lbsim.metrics.RequestAccount;
import dev.statebench.lbsim.metrics.ScaleOut;
import dev.statebench.lbsim.metrics.TimeSeries;
import dev.statebench.lbsim.model.Mix64;
import dev.statebench.lbsim.model.RandomStream;
import dev.statebench.lbsim.router.Router;
import dev.statebench.lbsim.router.RouterEnvironment;
import dev.statebench.lbsim.router.RoutingRequest;
import dev.statebench.lbsim.workload.ArrivalProcess;
import dev.statebench.lbsim.workload.Distribution;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.HdrHistogram.Histogram;

/**
 * One replication of one policy: the event loop and the load-balancer model.
 *
 * <p>Sessions open at the arrival process's times; each sends its requests one at a time, the next one a think time
 * after the previous response. A request is routed once, on arrival; at its backend it first spends its remote wait
 * (holding no worker), then waits in the backend's FIFO queue for a worker (or is rejected when the queue is at its
 * limit) and is served for {@code work / speed}. A request with no live backend to go to is rejected (HAProxy's
 * 503). The user's latency runs from sending the request to its final response, a login it had to wait for
 * included; a backend's latency (what latency-aware routers see) from the request's arrival there.
 *
 * <p>Stationary start: unless the scenario asks for an empty start, the run begins with the sessions in progress in
 * the stationary state of the session process ({@link StationaryStart}); the warm-up is left for queue transients.
 *
 * <p>The parts: {@link EventLoop} orders the events; {@link StateCosts} (one class per state model) prices each
 * request; {@link RequestLedger}, {@link BackendLoadRecorder}, {@link WindowRecorder} and {@link RevocationRecorder}
 * record what happened; this class carries sessions and requests through their lives and carries out fleet events.
 *
 * <p>Fleet events ({@link FleetControl}): a kill fails every request the backend holds (in a remote wait, queued or
 * in service; each failed request's session carries on after its think time) and loses its local sessions. Two
 * invariants are checked on every request and at the end of every run: no request is routed to a backend that is
 * neither up nor draining with the session pinned to it, and every issued request is completed, failed, rejected or
 * still in flight.
 */
public final class Simulation {
  private final SimulationConfig config;
  private final Fleet fleet = new Fleet();
  private final Router router;
  private final EventLoop loop;
  private final SessionTable sessions = new SessionTable();
  private final RequestTable requests = new RequestTable();
  private final RoutingRequest routing = new RoutingRequest();
  private final RequestCost cost = new RequestCost();
  private final List<FleetEvent> fleetActions = new ArrayList<>();
  private final FleetControl control = new Control();

  private final ArrivalProcess arrivals;
  private final Distribution service;
  private final Distribution remoteWait;
  private final Distribution sessionLength;
  private final Distribution thinkTime;
  private final RandomStream arrivalStream;
  private final RandomStream lengthStream;
  private final RandomStream keyStream;
  private final RandomStream equilibriumStream;
  private final RandomStream perRequestStream = new RandomStream(0);
  private final long serviceSeed;
  private final long remoteSeed;
  private final long thinkSeed;
  private final long stateSeed;
  private final long loginSeed;
  private final SessionState state;
  private final StateCosts stateCosts;
  private boolean storeUp = true;

  private final RequestLedger ledger = new RequestLedger();
  private final RevocationRecorder revocation = new RevocationRecorder(sessions);
  private final BackendLoadRecorder backendLoad;
  private final WindowRecorder windows;
  private final Histogram latency = new Histogram(3);
  private final Histogram queueing = new Histogram(3);
  private final List<EventRecord> eventRecords = new ArrayList<>();
  private final Histogram eventLatency;
  private final long eventWindowStart;
  private final long eventWindowEnd;

  private long sessionCounter;
  private long liveSessions;
  private long eventNow;
  private long scaleOutAt = -1;
  private int scaleOutFirstNew;
  private boolean[] killed = new boolean[0];

  /**
   * @param routerFactory builds the policy under test on this run's fleet
   * @param replication selects the independent substreams of this replication
   * @param progress receives the fraction of the run done, now and then
   */
  public Simulation(SimulationConfig config, Function<RouterEnvironment, Router> routerFactory, int replication,
      DoubleConsumer progress) {
    this.config = config;
    for (BackendSpec spec : config.backends()) {
      fleet.add(spec, 0);
    }
    this.arrivals = config.arrivals().fresh();
    this.service = config.service();
    this.remoteWait = config.remoteWait();
    this.sessionLength = config.sessionLength();
    this.thinkTime = config.thinkTime();
    long seed = config.seed();
    this.arrivalStream = new RandomStream(Source.ARRIVALS.seed(seed, replication));
    this.lengthStream = new RandomStream(Source.SESSION_LENGTHS.seed(seed, replication));
    this.keyStream = new RandomStream(Source.KEYS.seed(seed, replication));
    this.serviceSeed = Source.SERVICE_TIMES.seed(seed, replication);
    this.remoteSeed = Source.REMOTE_WAITS.seed(seed, replication);
    this.thinkSeed = Source.THINK_TIMES.seed(seed, replication);
    this.stateSeed = Source.STATE_COSTS.seed(seed, replication);
    this.loginSeed = Source.LOGINS.seed(seed, replication);
    this.state = config.state();
    this.stateCosts = StateCosts.of(state, sessions, revocation);
    this.equilibriumStream = new RandomStream(Source.EQUILIBRIUM.seed(seed, replication));
    RandomStream routingStream = new RandomStream(Source.ROUTING.seed(seed, replication));
    this.router = routerFactory.apply(new RouterEnvironment(fleet, routingStream, config.hashSeed(replication)));
    this.backendLoad = new BackendLoadRecorder(fleet);
    this.windows = config.windowNanos() > 0 ? new WindowRecorder(fleet, config.windowNanos()) : null;
    // a run limited by requests ends after about limit / (session rate × mean session length) of measured time
    long end = endNanos();
    this.loop = new EventLoop(progress, end != Long.MAX_VALUE ? end : config.warmupNanos()
        + config.requestLimit() / (arrivals.meanRatePerNano() * sessionLength.mean()));
    List<ScheduledEvent> scheduled = config.events();
    for (ScheduledEvent event : scheduled) {
      schedule(event.timeNanos(), event.event());
    }
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

  private long endNanos() {
    return config.durationNanos() > 0 ? config.warmupNanos() + config.durationNanos() : Long.MAX_VALUE;
  }

  /** Schedules a change to the fleet at simulated time {@code time}; call before {@link #run()}. */
  public void schedule(long time, FleetAction action) {
    schedule(time, (FleetEvent) (control, now) -> action.apply(control.fleet(), now));
  }

  /** Schedules a fleet event carried out through the engine ({@link FleetControl}); call before {@link #run()}. */
  public void schedule(long time, FleetEvent event) {
    fleetActions.add(event);
    loop.push(time, EventKind.FLEET_ACTION, fleetActions.size() - 1);
  }

  /** Runs to the end and returns what was measured after the warm-up. */
  public ReplicationResult run() {
    long end = endNanos();
    if (config.equilibriumStart()) {
      openSessionsInProgress();
    }
    loop.push(arrivals.nextGap(arrivalStream), EventKind.SESSION_ARRIVAL, 0);
    if (config.warmupNanos() > 0) {
      loop.push(config.warmupNanos(), EventKind.WARMUP_END, 0);
    } else {
      startMeasuring(0);
    }
    if (windows != null) {
      loop.push(config.windowNanos(), EventKind.WINDOW_END, 0);
    }
    while (loop.next(end)) {
      long now = loop.now();
      int arg = loop.argument();
      switch (loop.kind()) {
        case SESSION_ARRIVAL -> {
          openSession(now);
          loop.push(now + arrivals.nextGap(arrivalStream), EventKind.SESSION_ARRIVAL, 0);
        }
        case REQUEST_SEND -> send(arg, now);
        case REMOTE_DONE -> remoteDone(arg, now);
        case SERVICE_DONE -> serviceDone(arg, now);
        case FLEET_ACTION -> fleetAction(arg, now);
        case WARMUP_END -> startMeasuring(now);
        case WINDOW_END -> {
          windows.endWindow(now);
          loop.push(now + windows.windowNanos(), EventKind.WINDOW_END, 0);
        }
      }
    }
    router.finished();
    long inFlight = 0;
    for (int r = 0; r < requests.slots(); r++) {
      if (requests.has(r, RequestTable.ACTIVE) && !requests.has(r, RequestTable.DOOMED)) {
        inFlight++;
      }
    }
    RequestAccount account = ledger.account(inFlight);
    if (!account.balances()) {
      throw new IllegalStateException("requests unaccounted for: " + account);
    }
    return result(end == Long.MAX_VALUE ? loop.now() : end, account);
  }

  private void openSession(long now) {
    int length = StationaryStart.requestCount(sessionLength.sample(lengthStream));
    int s = newSession(length, keyStream, now);
    ledger.sessionOpened();
    send(s, now);
  }

  private int newSession(int length, RandomStream keys, long now) {
    long number = sessionCounter++;
    long id = keys.nextLong();
    long address = keys.nextLong();
    long client = config.clients() > 0 ? Long.remainderUnsigned(address, config.clients()) : address;
    liveSessions++;
    return sessions.open(id, client, number, length, now);
  }

  /** Opens the sessions in progress at time 0 ({@link StationaryStart}). */
  private void openSessionsInProgress() {
    new StationaryStart(arrivals, sessionLength, thinkTime, state.accessTtlNanos()).open(equilibriumStream,
        new StationaryStart.Sessions() {
          @Override
          public int open(int length, int sent, long lastRequestAt, long nextRequestAt, RandomStream keys) {
            int s = newSession(length, keys, 0);
            sessions.skipRequests(s, sent);
            sessions.setLastSeen(s, lastRequestAt);
            loop.push(nextRequestAt, EventKind.REQUEST_SEND, s);
            return s;
          }

          @Override
          public void tokenCheckedAt(int s, long time) {
            sessions.setTokenAt(s, time);
          }
        });
  }

  private void send(int s, long now) {
    if (!storeUp && stateCosts.needsStore(s, now)) {
      refuse(s, now, false);
      return;
    }
    int pinnedBefore = sessions.pinned(s);
    if (fleet.liveCount() == 0 && !(pinnedBefore >= 0 && fleet.acceptsPinned(pinnedBefore))) {
      refuse(s, now, true);
      return;
    }
    routing.reset(sessions.id(s), sessions.client(s), pinnedBefore, sessions.pinnedAt(s), sessions.lastSeen(s), now);
    int b = router.route(routing);
    if (b == Router.NO_BACKEND) {
      refuse(s, now, true);
      return;
    }
    if (!fleet.isUp(b) && !(b == pinnedBefore && fleet.isDraining(b))) {
      throw notUp(b);
    }
    if (routing.placed()) {
      sessions.pin(s, routing.pinnedBackend(), now);
    }
    sessions.setLastSeen(s, now);
    boolean login = settleAffinity(s, b);
    long userStart = login ? startLogin(s, now) : userRequestCost(s, now);
    int r = requests.open(now, userStart, s, b, cost.work, login);
    ledger.issued(routing.redispatched());
    if (windows != null) {
      windows.routed(b);
    }
    if (ledger.measuring()) {
      backendLoad.routed(b);
    }
    fleet.addOutstanding(b, 1, now);
    if (cost.remote > 0) {
      loop.push(now + cost.remote, EventKind.REMOTE_DONE, r);
    } else {
      toWorker(r, b, now);
    }
  }

  private static IllegalStateException notUp(int b) {
    return new IllegalStateException("policy routed to backend " + b + ", which is not up");
  }

  /**
   * Moves the session's affinity to where the request went: with local state, a request reaching a backend other
   * than the session's home loses the session there (returns true: the user must log in); otherwise the affinity
   * follows the pin.
   */
  private boolean settleAffinity(int s, int b) {
    if (stateCosts.keepsStateOnBackend()) {
      int home = sessions.home(s);
      if (home == b) {
        return false;
      }
      if (home >= 0) {
        ledger.sessionsLost(1);
      }
      moveHome(s, b);
      return home != SessionTable.NO_HOME;
    }
    if (sessions.home(s) != routing.pinnedBackend()) {
      moveHome(s, routing.pinnedBackend());
    }
    return false;
  }

  /** Prices the login request of a user whose session was lost; the user's request waits for it. */
  private long startLogin(int s, long now) {
    if (sessions.retryFrom(s) == SessionTable.NONE) {
      sessions.setRetryFrom(s, now);
    }
    perRequestStream.reseed(Mix64.hash(sessions.number(s), sessions.sent(s), loginSeed));
    cost.reset(Math.round(state.login().sample(perRequestStream)), 0);
    if (windows != null) {
      windows.login();
    }
    ledger.login();
    return now;
  }

  /**
   * Takes the session's next request and prices it (service, remote wait, the state model's costs); returns when
   * the user sent it (earlier than now when it waited for a login).
   */
  private long userRequestCost(int s, long now) {
    long number = sessions.number(s);
    long userStart = now;
    long retryFrom = sessions.retryFrom(s);
    if (retryFrom != SessionTable.NONE) {
      userStart = retryFrom;
      sessions.setRetryFrom(s, SessionTable.NONE);
    }
    int k = sessions.takeRequest(s);
    perRequestStream.reseed(Mix64.hash(number, k, serviceSeed));
    long work = Math.round(service.sample(perRequestStream));
    long remote = 0;
    if (remoteWait != null) {
      perRequestStream.reseed(Mix64.hash(number, k, remoteSeed));
      remote = Math.round(remoteWait.sample(perRequestStream));
    }
    cost.reset(work, remote);
    if (state.model() != StateModel.NONE) {
      perRequestStream.reseed(Mix64.hash(number, k, stateSeed));
      stateCosts.addCosts(cost, s, now, perRequestStream, ledger.measuring());
    }
    return userStart;
  }

  /**
   * Answers the session's next request without a backend: no live backend for it ({@code noBackend}, rejected like
   * HAProxy's 503) or the session store it needs is down (failed). The user carries on after a think time.
   */
  private void refuse(int s, long now, boolean noBackend) {
    sessions.takeRequest(s);
    sessions.setRetryFrom(s, SessionTable.NONE);
    ledger.refused(noBackend);
    if (!noBackend && windows != null) {
      windows.failed(1);
    }
    afterRequest(s, now);
  }

  /** Moves a session's affinity to {@code b} (or to none, or to lost), keeping the per-backend session counts. */
  private void moveHome(int s, int b) {
    int home = sessions.home(s);
    if (home >= 0) {
      fleet.addSessions(home, -1);
    }
    if (b >= 0) {
      fleet.addSessions(b, 1);
    }
    sessions.setHome(s, b);
  }

  private void remoteDone(int r, long now) {
    if (requests.has(r, RequestTable.DOOMED)) {
      requests.close(r);
      return;
    }
    toWorker(r, requests.backend[r], now);
  }

  private void toWorker(int r, int b, long now) {
    if (fleet.busy(b) < fleet.workers(b)) {
      fleet.addBusy(b, 1, now);
      requests.readyAt[r] = now;
      startService(r, b, now);
      return;
    }
    int limit = fleet.queueLimit(b);
    if (limit != BackendSpec.UNBOUNDED && fleet.queueLength(b) >= limit) {
      fleet.addOutstanding(b, -1, now);
      ledger.rejected();
      int s = requests.session[r];
      if (requests.has(r, RequestTable.LOGIN)) {
        // the user's request waiting for this login is lost with it
        moveHome(s, SessionTable.LOST);
        sessions.takeRequest(s);
        sessions.setRetryFrom(s, SessionTable.NONE);
      }
      requests.close(r);
      afterRequest(s, now);
      return;
    }
    requests.readyAt[r] = now;
    fleet.queue(b).add(r);
  }

  private void startService(int r, int b, long now) {
    if (ledger.measuring()) {
      queueing.recordValue(now - requests.readyAt[r]);
    }
    long duration = Math.round(requests.work[r] / fleet.speed(b));
    loop.push(now + duration, EventKind.SERVICE_DONE, r);
  }

  private void serviceDone(int r, long now) {
    if (requests.has(r, RequestTable.DOOMED)) {
      requests.close(r);
      return;
    }
    int b = requests.backend[r];
    IntFifo queue = fleet.queue(b);
    if (queue.isEmpty()) {
      fleet.addBusy(b, -1, now);
    } else {
      startService(queue.poll(), b, now);
    }
    fleet.addOutstanding(b, -1, now);
    router.onComplete(b, now - requests.arrivedAt[r], now);
    int s = requests.session[r];
    long userStart = requests.userStart[r];
    boolean retry = requests.has(r, RequestTable.LOGIN);
    requests.close(r);
    if (retry) {
      // the user's request that found no session is sent again as soon as the login completes
      ledger.loginCompleted();
      loop.push(now, EventKind.REQUEST_SEND, s);
      return;
    }
    long completed = ledger.completed();
    if (ledger.measuring()) {
      long userLatency = now - userStart;
      if (userStart >= eventWindowStart && userStart < eventWindowEnd) {
        eventLatency.recordValue(userLatency);
      }
      latency.recordValue(userLatency);
      if (config.requestLimit() > 0 && completed >= config.requestLimit()) {
        loop.stop();
      }
    }
    afterRequest(s, now);
  }

  private void afterRequest(int s, long now) {
    if (sessions.remaining(s) <= 0) {
      if (stateCosts.usesStore()) {
        revocation.closeInterval(s, now, ledger.measuring());
      }
      moveHome(s, SessionTable.NO_HOME);
      sessions.close(s);
      liveSessions--;
      return;
    }
    long think = 0;
    if (thinkTime != null) {
      perRequestStream.reseed(Mix64.hash(sessions.number(s), sessions.sent(s), thinkSeed));
      think = Math.round(thinkTime.sample(perRequestStream));
    }
    loop.push(now + think, EventKind.REQUEST_SEND, s);
  }

  private void startMeasuring(long now) {
    ledger.startMeasuring();
    backendLoad.start(now);
  }

  private ReplicationResult result(long end, RequestAccount account) {
    long measured = Math.max(1, end - backendLoad.start());
    double cpuPerRequest = service.mean() + (state.verify() != null ? state.verify().mean() : 0);
    double offeredWork = arrivals.meanRatePerNano() * sessionLength.mean() * cpuPerRequest * measured;
    BackendLoadRecorder.Result load = backendLoad.finish(end, offeredWork);
    Outcomes outcomes = new Outcomes(ledger.failedMeasured(), ledger.loginsMeasured(), ledger.sessionsLostMeasured(),
        revocation.lookups(), stateCosts.usesStore(), revocation.intervalSum(), revocation.intervalSquares(),
        revocation.intervalMax(), revocation.exposureSquares(), revocation.exposureMax());
    TimeSeries timeSeries = windows != null ? windows.series() : null;
    double[] scaleOut = scaleOutAt >= 0 && timeSeries != null
        ? new double[] {ScaleOut.convergenceSeconds(timeSeries, scaleOutAt, scaleOutFirstNew),
            ScaleOut.peakOverload(timeSeries, scaleOutAt, scaleOutFirstNew)}
        : null;
    return new ReplicationResult(ledger.counts(), measured, latency, queueing, load.load(), load.utilization(),
        timeSeries, loop.processed(), outcomes, eventLatency, List.copyOf(eventRecords), account, scaleOut);
  }

  private void fleetAction(int index, long now) {
    if (scaleOutAt < 0 && fleetActions.get(index).scalesOut()) {
      scaleOutAt = now;
      scaleOutFirstNew = fleet.count();
    }
    eventNow = now;
    fleetActions.get(index).apply(control, now);
  }

  private boolean isKilled(int b) {
    return b < killed.length && killed[b];
  }

  /** Fails every request backend {@code b} holds and loses (local) or unpins (others) its sessions. */
  private void killBackend(int b, String label, long now) {
    if (killed.length < fleet.count()) {
      killed = Arrays.copyOf(killed, fleet.count());
    }
    killed[b] = true;
    long live = liveSessions;
    long lostHere = 0;
    boolean local = stateCosts.keepsStateOnBackend();
    for (int s = 0; s < sessions.slots(); s++) {
      if (sessions.isOpen(s) && sessions.home(s) == b) {
        if (local) {
          moveHome(s, SessionTable.LOST);
          lostHere++;
        } else {
          moveHome(s, SessionTable.NO_HOME);
        }
      }
    }
    fleet.remove(b, now);
    long failedHere = 0;
    IntFifo queue = fleet.queue(b);
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
    while (!queue.isEmpty()) {
      requests.close(queue.poll());
    }
    fleet.addBusy(b, -fleet.busy(b), now);
    fleet.addOutstanding(b, -fleet.outstanding(b), now);
    ledger.failed(failedHere);
    ledger.sessionsLost(lostHere);
    if (windows != null) {
      windows.failed(failedHere);
    }
    for (int s : sessionsToResume) {
      afterRequest(s, now);
    }
    eventRecords.add(new EventRecord(now, label, live, lostHere, failedHere));
  }

  /** Carries out fleet events inside the event loop, at the time of the event being processed. */
  private final class Control implements FleetControl {
    @Override
    public Fleet fleet() {
      return fleet;
    }

    @Override
    public void kill(int b, String label) {
      if (!isKilled(b)) {
        killBackend(b, label, eventNow);
      }
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
      eventRecords.add(new EventRecord(eventNow, label, liveSessions, 0, 0));
      schedule(eventNow + deadlineNanos, new DrainDeadline(b));
    }

    @Override
    public void storeDown(String label) {
      storeUp = false;
      eventRecords.add(new EventRecord(eventNow, label, liveSessions, 0, 0));
    }

    @Override
    public void storeUp(String label) {
      storeUp = true;
      eventRecords.add(new EventRecord(eventNow, label, liveSessions, 0, 0));
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
      eventRecords.add(new EventRecord(eventNow, label, liveSessions, 0, 0));
      return b;
    }

    @Override
    public void slow(int b, double factor, String label) {
      fleet.setSpeed(b, fleet.nominalSpeed(b) * factor);
      eventRecords.add(new EventRecord(eventNow, label, liveSessions, 0, 0));
    }

    @Override
    public void heal(int b, String label) {
      fleet.setSpeed(b, fleet.nominalSpeed(b));
      eventRecords.add(new EventRecord(eventNow, label, liveSessions, 0, 0));
    }
  }
}
