package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.model.RandomStream;
import dev.statebench.lbsim.model.Mix64;
import dev.statebench.lbsim.metrics.BackendLoad;
import dev.statebench.lbsim.metrics.EventRecord;
import dev.statebench.lbsim.metrics.Outcomes;
import dev.statebench.lbsim.metrics.ReplicationResult;
import dev.statebench.lbsim.metrics.RequestCounts;
import dev.statebench.lbsim.metrics.RequestAccount;
import dev.statebench.lbsim.metrics.ScaleOut;
import dev.statebench.lbsim.metrics.TimeSeries;
import dev.statebench.lbsim.metrics.Utilization;
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
 * <p>Stationary start: unless the scenario asks for an empty start, the run begins with the sessions that are in
 * progress in the stationary state of the session process (an M/G/∞ system whose service is a session's think
 * time). Their number is Poisson with mean λ·E[K − 1]·E[Z] (λ the session rate, K the requests per session, Z the
 * think time); each has K drawn with probability ∝ (k − 1)·P(K = k), has already sent a uniform number 1 … K − 1 of
 * its requests and is a uniform point into a length-biased think time. Drawn by thinning: Poisson(λ·E[X]·E[Z])
 * candidates with X length-biased (X the session-length distribution before rounding), each kept with probability
 * (K − 1)/X. With heavy-tailed sessions an empty start takes far longer than any practical warm-up to reach this
 * state (the live population approaches it like 1 − c·√(x_m/t) for Pareto α = 1.5); the warm-up is left for queue
 * transients.
 *
 * <p>Common random numbers: session arrivals, lengths and identities are drawn in arrival order from their own
 * streams, and request k of session j draws its service time and think time from streams seeded by (j, k), so every
 * policy sees exactly the same work even though policies complete requests in different orders.
 *
 * <p>State models ({@link SessionState}): redis/sql add a store lookup to the remote wait of every request; jwt adds
 * a verification to the CPU work, and with an access-token lifetime a lookup to the first request after the token
 * expired; local keeps the session's state on the backend that created it ({@code home}). A local session whose
 * request reaches another backend — its home was killed, passed its drain deadline, or a hash policy remapped it —
 * is lost: that request becomes a login request (its own CPU cost) that creates the session anew on its backend,
 * and the user's request is sent again right after it (the login storm).
 *
 * <p>Fleet events ({@link FleetControl}): a kill fails every request the backend holds (in a remote wait, queued or
 * in service; each failed request's session carries on after its think time) and loses its local sessions. Two
 * invariants are checked on every request and at the end of every run: no request is routed to a backend that is
 * neither up nor draining with the session pinned to it, and every issued request is completed, failed, rejected or
 * still in flight.
 */
public final class Simulation {
  /** Most past requests replayed to place an in-progress session's token checks (bounds the start-up cost). */
  private static final int REPLAYED_REQUESTS = 10_000;
  private static final int SESSION_ARRIVAL = 0;
  private static final int REQUEST_SEND = 1;
  private static final int REMOTE_DONE = 2;
  private static final int SERVICE_DONE = 3;
  private static final int FLEET_ACTION = 4;
  private static final int WARMUP_END = 5;
  private static final int WINDOW_END = 6;
  // among events at the same instant: departures free capacity before new work is placed
  private static final int[] PRIORITY = {4, 3, 1, 0, 2, 5, 6};
  private static final int PROGRESS_EVERY = 1 << 16;

  private final SimulationConfig config;
  private final Fleet fleet = new Fleet();
  private final Router router;
  private final EventQueue events = new EventQueue(1024);
  private final SessionTable sessions = new SessionTable();
  private final RequestTable requests = new RequestTable();
  private final RoutingRequest routing = new RoutingRequest();
  private final List<FleetEvent> fleetActions = new ArrayList<>();
  private final FleetControl control = new Control();
  private final DoubleConsumer progress;

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
  private final boolean local;
  private final boolean storeNeeded;
  private boolean storeUp = true;

  private final Histogram latency = new Histogram(3);
  private final Histogram queueing = new Histogram(3);
  private long[] requestsPerBackend;
  private double[] busyAtStart;
  private double[] outstandingAtStart;
  private final TimeSeries timeSeries;
  private double[] busyAtWindow;
  private double[] outstandingAtWindow;
  private long windowStart;

  private boolean measuring;
  private long measureStart;
  private long sessionCounter;
  private long issued;
  private long completed;
  private long rejected;
  private long redispatched;
  private long unavailable;
  private long storeFailed;
  private long sessionsOpened;
  private long processed;
  private boolean stopped;

  private long failed;
  private long logins;
  private long sessionsLost;
  private long storeLookups;
  private double checkIntervalSum;
  private double checkIntervalSquares;
  private long checkIntervalMax;
  private double exposureSquares;
  private long exposureMax;
  private long issuedAll;
  private long completedAll;
  private long failedAll;
  private long rejectedAll;
  private long liveSessions;
  private final List<EventRecord> eventRecords = new ArrayList<>();
  private final Histogram eventLatency;
  private final long eventWindowStart;
  private final long eventWindowEnd;
  private long[] windowRequests;
  private long windowLogins;
  private long windowFailed;
  private long eventNow;
  private long scaleOutAt = -1;
  private boolean[] killed = new boolean[0];
  private int scaleOutFirstNew;

  /**
   * @param routerFactory builds the policy under test on this run's fleet
   * @param replication selects the independent substreams of this replication
   * @param progress receives the fraction of the run done, now and then
   */
  public Simulation(SimulationConfig config, Function<RouterEnvironment, Router> routerFactory, int replication,
      DoubleConsumer progress) {
    this.config = config;
    this.progress = progress;
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
    this.local = state.model() == StateModel.LOCAL;
    this.storeNeeded = state.model() == StateModel.REDIS || state.model() == StateModel.SQL
        || (state.model() == StateModel.JWT && state.accessTtlNanos() > 0);
    this.equilibriumStream = new RandomStream(Source.EQUILIBRIUM.seed(seed, replication));
    RandomStream routingStream = new RandomStream(Source.ROUTING.seed(seed, replication));
    this.router = routerFactory.apply(new RouterEnvironment(fleet, routingStream, config.hashSeed(replication)));
    this.requestsPerBackend = new long[fleet.count()];
    this.timeSeries = config.windowNanos() > 0 ? new TimeSeries(config.windowNanos()) : null;
    this.busyAtWindow = new double[fleet.count()];
    this.outstandingAtWindow = new double[fleet.count()];
    this.windowRequests = new long[fleet.count()];
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

  /** Schedules a change to the fleet at simulated time {@code time}; call before {@link #run()}. */
  public void schedule(long time, FleetAction action) {
    schedule(time, (FleetEvent) (control, now) -> action.apply(control.fleet(), now));
  }

  /** Schedules a fleet event carried out through the engine ({@link FleetControl}); call before {@link #run()}. */
  public void schedule(long time, FleetEvent event) {
    fleetActions.add(event);
    events.push(time, PRIORITY[FLEET_ACTION], payload(FLEET_ACTION, fleetActions.size() - 1));
  }

  /** Runs to the end and returns what was measured after the warm-up. */
  public ReplicationResult run() {
    long end = config.durationNanos() > 0 ? config.warmupNanos() + config.durationNanos() : Long.MAX_VALUE;
    if (config.equilibriumStart()) {
      openSessionsInProgress();
    }
    events.push(arrivals.nextGap(arrivalStream), PRIORITY[SESSION_ARRIVAL], payload(SESSION_ARRIVAL, 0));
    if (config.warmupNanos() > 0) {
      events.push(config.warmupNanos(), PRIORITY[WARMUP_END], payload(WARMUP_END, 0));
    } else {
      startMeasuring(0);
    }
    if (timeSeries != null) {
      events.push(config.windowNanos(), PRIORITY[WINDOW_END], payload(WINDOW_END, 0));
    }
    // a run limited by requests ends after about limit / (session rate × mean session length) of measured time
    double expectedEnd = end != Long.MAX_VALUE ? end : config.warmupNanos()
        + config.requestLimit() / (arrivals.meanRatePerNano() * sessionLength.mean());
    long now = 0;
    while (!stopped && events.popNotAfter(end)) {
      now = events.poppedTime();
      long payload = events.poppedPayload();
      int arg = (int) payload;
      switch ((int) (payload >>> 32)) {
        case SESSION_ARRIVAL -> {
          openSession(now);
          events.push(now + arrivals.nextGap(arrivalStream), PRIORITY[SESSION_ARRIVAL], payload(SESSION_ARRIVAL, 0));
        }
        case REQUEST_SEND -> send(arg, now);
        case REMOTE_DONE -> remoteDone(arg, now);
        case SERVICE_DONE -> serviceDone(arg, now);
        case FLEET_ACTION -> fleetAction(arg, now);
        case WARMUP_END -> startMeasuring(now);
        case WINDOW_END -> endWindow(now);
        default -> throw new IllegalStateException("unknown event type " + (payload >>> 32));
      }
      if ((++processed & (PROGRESS_EVERY - 1)) == 0) {
        progress.accept(Math.min(0.99, (double) now / expectedEnd));
      }
    }
    router.finished();
    long inFlight = 0;
    for (int r = 0; r < requests.slots(); r++) {
      if (requests.has(r, RequestTable.ACTIVE) && !requests.has(r, RequestTable.DOOMED)) {
        inFlight++;
      }
    }
    RequestAccount account = new RequestAccount(issuedAll, completedAll, failedAll, rejectedAll, inFlight);
    if (!account.balances()) {
      throw new IllegalStateException("requests unaccounted for: " + account);
    }
    return result(end == Long.MAX_VALUE ? now : end, account);
  }

  private static long payload(int type, int arg) {
    return ((long) type << 32) | (arg & 0xffffffffL);
  }

  private void openSession(long now) {
    int length = requestCount(sessionLength.sample(lengthStream));
    int s = newSession(length, keyStream, now);
    if (measuring) {
      sessionsOpened++;
    }
    send(s, now);
  }

  /** A session length as the engine uses it: rounded, at least one request. */
  private static int requestCount(double drawn) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(drawn)));
  }

  private int newSession(int length, RandomStream keys, long now) {
    long number = sessionCounter++;
    long id = keys.nextLong();
    long address = keys.nextLong();
    long client = config.clients() > 0 ? Long.remainderUnsigned(address, config.clients()) : address;
    liveSessions++;
    return sessions.open(id, client, number, length, now);
  }

  /**
   * Opens the sessions in progress at time 0 in the stationary state (see the class comment), each due to send its
   * next request at the end of its current think time. A session's token checks (jwt with an access-token lifetime)
   * are placed by replaying its last requests, at most {@value #REPLAYED_REQUESTS}, with fresh think times.
   */
  private void openSessionsInProgress() {
    if (thinkTime == null || sessionLength.mean() <= 1) {
      return;
    }
    double candidates = arrivals.meanRatePerNano() * sessionLength.mean() * thinkTime.mean();
    RandomStream random = equilibriumStream;
    for (double t = -Math.log(random.nextOpenDouble()); t < candidates; t -= Math.log(random.nextOpenDouble())) {
      double x = sessionLength.sampleLengthBiased(random);
      int length = requestCount(x);
      if (random.nextDouble() * x >= length - 1) {
        continue;
      }
      int sent = 1 + random.nextInt(length - 1);
      double gap = thinkTime.sampleLengthBiased(random);
      double elapsed = gap * random.nextDouble();
      long next = Math.round(gap - elapsed);
      int s = newSession(length, random, 0);
      sessions.skipRequests(s, sent);
      sessions.setLastSeen(s, -Math.round(elapsed));
      if (state.accessTtlNanos() > 0) {
        sessions.setTokenAt(s, replayTokenChecks(sent, elapsed, random));
      }
      events.push(next, PRIORITY[REQUEST_SEND], payload(REQUEST_SEND, s));
    }
  }

  /**
   * When an in-progress session's token was last checked: its last {@code sent} requests (at most
   * {@value #REPLAYED_REQUESTS}) are placed back in time with fresh think times before the current one, of which
   * {@code elapsed} has passed, and the access-token rule replayed forward from the first of them.
   */
  private long replayTokenChecks(int sent, double elapsed, RandomStream random) {
    int replayed = Math.min(sent, REPLAYED_REQUESTS);
    double[] at = new double[replayed];
    double t = -elapsed;
    for (int i = replayed - 1; i >= 0; i--) {
      at[i] = t;
      if (i > 0) {
        t -= thinkTime.sample(random);
      }
    }
    double tokenAt = at[0];
    for (int i = 1; i < replayed; i++) {
      if (at[i] - tokenAt >= state.accessTtlNanos()) {
        tokenAt = at[i];
      }
    }
    return Math.round(tokenAt);
  }

  private void send(int s, long now) {
    if (!storeUp && storeNeeded && needsStore(s, now)) {
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
      throw new IllegalStateException("policy routed to backend " + b + ", which is not up");
    }
    if (routing.placed()) {
      sessions.pin(s, routing.pinnedBackend(), now);
    }
    sessions.setLastSeen(s, now);
    boolean login = false;
    if (local) {
      int home = sessions.home(s);
      if (home != b) {
        if (home >= 0 && measuring) {
          sessionsLost++;
        }
        login = home != SessionTable.NO_HOME;
        moveHome(s, b);
      }
    } else if (sessions.home(s) != routing.pinnedBackend()) {
      moveHome(s, routing.pinnedBackend());
    }
    long number = sessions.number(s);
    long work;
    long remote = 0;
    long userStart = now;
    long retryFrom = sessions.retryFrom(s);
    if (retryFrom != SessionTable.NONE && !login) {
      userStart = retryFrom;
      sessions.setRetryFrom(s, SessionTable.NONE);
    }
    if (login) {
      if (retryFrom == SessionTable.NONE) {
        sessions.setRetryFrom(s, now);
      }
      perRequestStream.reseed(Mix64.hash(number, sessions.sent(s), loginSeed));
      work = Math.round(state.login().sample(perRequestStream));
      windowLogins++;
      if (measuring) {
        logins++;
      }
    } else {
      int k = sessions.takeRequest(s);
      perRequestStream.reseed(Mix64.hash(number, k, serviceSeed));
      work = Math.round(service.sample(perRequestStream));
      if (remoteWait != null) {
        perRequestStream.reseed(Mix64.hash(number, k, remoteSeed));
        remote = Math.round(remoteWait.sample(perRequestStream));
      }
      if (state.model() != StateModel.NONE) {
        perRequestStream.reseed(Mix64.hash(number, k, stateSeed));
      }
      switch (state.model()) {
        case REDIS, SQL -> remote += storeCheck(s, now);
        case JWT -> {
          work += Math.round(state.verify().sample(perRequestStream));
          if (state.accessTtlNanos() > 0 && now - sessions.tokenAt(s) >= state.accessTtlNanos()) {
            remote += storeCheck(s, now);
          } else if (state.accessTtlNanos() > 0) {
            sessions.setUncheckedAt(s, now);
          }
        }
        default -> { }
      }
    }
    int r = requests.open(now, s, b, work, login);
    requests.userStart[r] = userStart;
    issuedAll++;
    if (b >= windowRequests.length) {
      windowRequests = Arrays.copyOf(windowRequests, fleet.count());
    }
    windowRequests[b]++;
    if (measuring) {
      issued++;
      if (routing.redispatched()) {
        redispatched++;
      }
      if (b >= requestsPerBackend.length) {
        requestsPerBackend = Arrays.copyOf(requestsPerBackend, fleet.count());
      }
      requestsPerBackend[b]++;
    }
    fleet.addOutstanding(b, 1, now);
    if (remote > 0) {
      events.push(now + remote, PRIORITY[REMOTE_DONE], payload(REMOTE_DONE, r));
    } else {
      toWorker(r, b, now);
    }
  }

  /** A session-store lookup: returns its remote wait and closes the session's current check interval. */
  private long storeCheck(int s, long now) {
    closeCheckInterval(s, now);
    if (measuring) {
      storeLookups++;
    }
    return Math.round(state.lookup().sample(perRequestStream));
  }

  /**
   * Records the check interval from the session's last store check to {@code now} (a new check, or the end of the
   * session) and the exposure within it (to the last request accepted without a check), then starts a new one.
   */
  private void closeCheckInterval(int s, long now) {
    long from = sessions.tokenAt(s);
    long interval = now - from;
    long unchecked = sessions.uncheckedAt(s);
    long exposure = unchecked == SessionTable.NONE ? 0 : Math.max(0, unchecked - from);
    sessions.setTokenAt(s, now);
    sessions.setUncheckedAt(s, SessionTable.NONE);
    if (measuring) {
      checkIntervalSum += interval;
      checkIntervalSquares += (double) interval * interval;
      checkIntervalMax = Math.max(checkIntervalMax, interval);
      exposureSquares += (double) exposure * exposure;
      exposureMax = Math.max(exposureMax, exposure);
    }
  }

  /** Whether the session's next request needs the session store (always for redis/sql; a due refresh for jwt). */
  private boolean needsStore(int s, long now) {
    return state.model() != StateModel.JWT || now - sessions.tokenAt(s) >= state.accessTtlNanos();
  }

  /**
   * Answers the session's next request without a backend: no live backend for it ({@code noBackend}, rejected like
   * HAProxy's 503) or the session store it needs is down (failed). The user carries on after a think time.
   */
  private void refuse(int s, long now, boolean noBackend) {
    sessions.takeRequest(s);
    sessions.setRetryFrom(s, SessionTable.NONE);
    issuedAll++;
    if (noBackend) {
      rejectedAll++;
    } else {
      failedAll++;
      windowFailed++;
    }
    if (measuring) {
      issued++;
      if (noBackend) {
        rejected++;
        unavailable++;
      } else {
        failed++;
        storeFailed++;
      }
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
      rejectedAll++;
      if (measuring) {
        rejected++;
      }
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
    if (measuring) {
      queueing.recordValue(now - requests.readyAt[r]);
    }
    long duration = Math.round(requests.work[r] / fleet.speed(b));
    events.push(now + duration, PRIORITY[SERVICE_DONE], payload(SERVICE_DONE, r));
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
    long timeInSystem = now - requests.arrivedAt[r];
    router.onComplete(b, timeInSystem, now);
    int s = requests.session[r];
    long userStart = requests.userStart[r];
    boolean retry = requests.has(r, RequestTable.LOGIN);
    requests.close(r);
    completedAll++;
    if (retry) {
      // the user's request that found no session is sent again as soon as the login completes
      events.push(now, PRIORITY[REQUEST_SEND], payload(REQUEST_SEND, s));
      return;
    }
    long userLatency = now - userStart;
    if (measuring && userStart >= eventWindowStart && userStart < eventWindowEnd) {
      eventLatency.recordValue(userLatency);
    }
    if (measuring) {
      latency.recordValue(userLatency);
      completed++;
      if (config.requestLimit() > 0 && completed >= config.requestLimit()) {
        stopped = true;
      }
    }
    afterRequest(s, now);
  }

  private void afterRequest(int s, long now) {
    if (sessions.remaining(s) <= 0) {
      if (storeNeeded) {
        closeCheckInterval(s, now);
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
    events.push(now + think, PRIORITY[REQUEST_SEND], payload(REQUEST_SEND, s));
  }

  private void startMeasuring(long now) {
    measuring = true;
    measureStart = now;
    fleet.advanceAll(now);
    busyAtStart = new double[fleet.count()];
    outstandingAtStart = new double[fleet.count()];
    for (int b = 0; b < fleet.count(); b++) {
      busyAtStart[b] = fleet.busyArea(b);
      outstandingAtStart[b] = fleet.outstandingArea(b);
    }
  }

  private void endWindow(long now) {
    fleet.advanceAll(now);
    int n = fleet.count();
    busyAtWindow = Arrays.copyOf(busyAtWindow, n);
    outstandingAtWindow = Arrays.copyOf(outstandingAtWindow, n);
    double[] outstanding = new double[n];
    double[] utilization = new double[n];
    double length = now - windowStart;
    for (int b = 0; b < n; b++) {
      outstanding[b] = (fleet.outstandingArea(b) - outstandingAtWindow[b]) / length;
      utilization[b] = (fleet.busyArea(b) - busyAtWindow[b]) / length / fleet.workers(b);
      outstandingAtWindow[b] = fleet.outstandingArea(b);
      busyAtWindow[b] = fleet.busyArea(b);
    }
    double[] routed = new double[n];
    double[] affinity = new double[n];
    double[] live = new double[n];
    for (int b = 0; b < n; b++) {
      routed[b] = b < windowRequests.length ? windowRequests[b] : 0;
      affinity[b] = fleet.sessions(b);
      live[b] = fleet.liveNanos(b, windowStart, now) / length;
    }
    Arrays.fill(windowRequests, 0);
    timeSeries.add(outstanding, utilization, routed, affinity, live, windowLogins, windowFailed);
    windowLogins = 0;
    windowFailed = 0;
    windowStart = now;
    events.push(now + config.windowNanos(), PRIORITY[WINDOW_END], payload(WINDOW_END, 0));
  }

  private ReplicationResult result(long end, RequestAccount account) {
    fleet.advanceAll(end);
    int n = fleet.count();
    long measured = Math.max(1, end - measureStart);
    double[] perBackendRequests = new double[n];
    double[] utilization = new double[n];
    double[] outstanding = new double[n];
    double[] liveSeconds = new double[n];
    busyAtStart = Arrays.copyOf(busyAtStart, n);
    outstandingAtStart = Arrays.copyOf(outstandingAtStart, n);
    double busyWork = 0;
    double capacity = 0;
    for (int b = 0; b < n; b++) {
      long live = fleet.liveNanos(b, measureStart, end);
      double busy = fleet.busyArea(b) - busyAtStart[b];
      perBackendRequests[b] = b < requestsPerBackend.length ? requestsPerBackend[b] : 0;
      liveSeconds[b] = live / 1e9;
      utilization[b] = live > 0 ? busy / live / fleet.workers(b) : 0;
      outstanding[b] = live > 0 ? (fleet.outstandingArea(b) - outstandingAtStart[b]) / live : 0;
      busyWork += busy * fleet.nominalSpeed(b);
      capacity += (double) live * fleet.workers(b) * fleet.nominalSpeed(b);
    }
    double cpuPerRequest = service.mean() + (state.verify() != null ? state.verify().mean() : 0);
    double offeredWork = arrivals.meanRatePerNano() * sessionLength.mean() * cpuPerRequest * measured;
    Utilization fleetUtilization = new Utilization(capacity > 0 ? offeredWork / capacity : 0,
        capacity > 0 ? busyWork / capacity : 0);
    Outcomes outcomes = new Outcomes(failed, logins, sessionsLost, storeLookups, storeNeeded,
        checkIntervalSum, checkIntervalSquares, checkIntervalMax, exposureSquares, exposureMax);
    double[] scaleOut = scaleOutAt >= 0 && timeSeries != null
        ? new double[] {ScaleOut.convergenceSeconds(timeSeries, scaleOutAt, scaleOutFirstNew),
            ScaleOut.peakOverload(timeSeries, scaleOutAt, scaleOutFirstNew)}
        : null;
    RequestCounts counts = new RequestCounts(issued, completed, rejected, redispatched, unavailable, storeFailed,
        sessionsOpened);
    BackendLoad load = new BackendLoad(perBackendRequests, utilization, outstanding, liveSeconds);
    return new ReplicationResult(counts, measured, latency, queueing, load, fleetUtilization, timeSeries, processed,
        outcomes, eventLatency, List.copyOf(eventRecords), account, scaleOut);
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
    failedAll += failedHere;
    windowFailed += failedHere;
    if (measuring) {
      failed += failedHere;
      sessionsLost += lostHere;
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
        fleet.drain(b);
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
