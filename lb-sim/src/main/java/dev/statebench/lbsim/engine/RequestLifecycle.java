package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.model.Mix64;
import dev.statebench.lbsim.model.RandomStream;
import dev.statebench.lbsim.router.Router;
import dev.statebench.lbsim.router.RoutingRequest;
import dev.statebench.lbsim.workload.Distribution;
import org.HdrHistogram.Histogram;

/**
 * Carries a session's requests through their lives: routed once on sending, a remote wait holding no worker, the
 * backend's FIFO queue (or a rejection at its limit), service for {@code work / speed}, then the next request a think
 * time later or the end of the session. A request with no live backend to go to is rejected (HAProxy's 503); a
 * request that needs a session store that is down fails. With local state a request reaching a backend other than the
 * session's home finds no session: the user logs in first and the request is sent again when the login completes, its
 * latency running from the first sending to the final response.
 *
 * <p>Every cost is drawn from a stream reseeded by (session number, request number, source), so every policy sees the
 * same service demands whatever the order in which it serves them (common random numbers).
 */
final class RequestLifecycle {
  private final SimulationConfig config;
  private final Fleet fleet;
  private final Router router;
  private final EventLoop loop;
  private final SessionTable sessions;
  private final RequestTable requests;
  private final RoutingRequest routing = new RoutingRequest();
  private final RequestCost cost = new RequestCost();
  private final RandomStream perRequestStream = new RandomStream(0);
  private final Distribution service;
  private final Distribution remoteWait;
  private final Distribution thinkTime;
  private final long serviceSeed;
  private final long remoteSeed;
  private final long thinkSeed;
  private final long stateSeed;
  private final long loginSeed;
  private final SessionState state;
  private final StateCosts stateCosts;
  private final Recorders recorders;
  private final RequestLedger ledger;
  private final WindowRecorder windows;
  private final BackendLoadRecorder backendLoad;
  private final Histogram queueing;
  private boolean storeUp = true;

  RequestLifecycle(SimulationConfig config, int replication, Fleet fleet, Router router, EventLoop loop,
      SessionTable sessions, RequestTable requests, StateCosts stateCosts, Recorders recorders) {
    this.config = config;
    this.fleet = fleet;
    this.router = router;
    this.loop = loop;
    this.sessions = sessions;
    this.requests = requests;
    this.service = config.service();
    this.remoteWait = config.remoteWait();
    this.thinkTime = config.thinkTime();
    long seed = config.seed();
    this.serviceSeed = Source.SERVICE_TIMES.seed(seed, replication);
    this.remoteSeed = Source.REMOTE_WAITS.seed(seed, replication);
    this.thinkSeed = Source.THINK_TIMES.seed(seed, replication);
    this.stateSeed = Source.STATE_COSTS.seed(seed, replication);
    this.loginSeed = Source.LOGINS.seed(seed, replication);
    this.state = config.state();
    this.stateCosts = stateCosts;
    this.recorders = recorders;
    this.ledger = recorders.ledger;
    this.windows = recorders.windows;
    this.backendLoad = recorders.backendLoad;
    this.queueing = recorders.queueing;
  }

  /** Takes the session store down ({@code false}) or brings it back. */
  void setStoreUp(boolean up) {
    storeUp = up;
  }

  /** Sends session {@code s}'s next request. */
  void send(int s, long now) {
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

  // kept out of send() so that send stays small enough to be inlined into the event loop
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
  void moveHome(int s, int b) {
    int home = sessions.home(s);
    if (home >= 0) {
      fleet.addSessions(home, -1);
    }
    if (b >= 0) {
      fleet.addSessions(b, 1);
    }
    sessions.setHome(s, b);
  }

  /** Request {@code r}'s remote wait ended: it goes to a worker of its backend. */
  void remoteDone(int r, long now) {
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
    long work = requests.work[r];
    double speed = fleet.speed(b);
    // at nominal speed the division and rounding would give back the work exactly (it is far below 2^53 ns)
    long duration = speed == 1.0 ? work : Math.round(work / speed);
    loop.push(now + duration, EventKind.SERVICE_DONE, r);
  }

  /** Request {@code r}'s service ended: its worker takes the next queued request and the user gets the response. */
  void serviceDone(int r, long now) {
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
      recorders.userLatency(userStart, now);
      if (config.requestLimit() > 0 && completed >= config.requestLimit()) {
        loop.stop();
      }
    }
    afterRequest(s, now);
  }

  /** Session {@code s} got an answer: it sends its next request after a think time, or ends. */
  void afterRequest(int s, long now) {
    if (sessions.remaining(s) <= 0) {
      if (stateCosts.usesStore()) {
        recorders.revocation.closeInterval(s, now, ledger.measuring());
      }
      moveHome(s, SessionTable.NO_HOME);
      sessions.close(s);
      return;
    }
    long think = 0;
    if (thinkTime != null) {
      perRequestStream.reseed(Mix64.hash(sessions.number(s), sessions.sent(s), thinkSeed));
      think = Math.round(thinkTime.sample(perRequestStream));
    }
    loop.push(now + think, EventKind.REQUEST_SEND, s);
  }
}
