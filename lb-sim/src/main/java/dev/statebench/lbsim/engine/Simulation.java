package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.metrics.Outcomes;
import dev.statebench.lbsim.metrics.ReplicationResult;
import dev.statebench.lbsim.metrics.RequestAccount;
import dev.statebench.lbsim.metrics.ScaleOut;
import dev.statebench.lbsim.metrics.TimeSeries;
import dev.statebench.lbsim.model.RandomStream;
import dev.statebench.lbsim.router.Router;
import dev.statebench.lbsim.router.RouterEnvironment;
import dev.statebench.lbsim.workload.ArrivalProcess;
import dev.statebench.lbsim.workload.Distribution;
import java.util.List;
import java.util.function.DoubleConsumer;
import java.util.function.Function;

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
 * record what happened ({@link Recorders}); {@link RequestLifecycle} carries requests through their lives;
 * {@link FleetEventRunner} carries out fleet events. This class wires them together, opens sessions and runs the loop.
 *
 * <p>Two invariants are checked on every request and at the end of every run: no request is routed to a backend that is
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
  private final Recorders recorders;
  private final RequestLifecycle lifecycle;
  private final FleetEventRunner fleetEvents;
  private final ArrivalProcess arrivals;
  private final Distribution sessionLength;
  private final RandomStream arrivalStream;
  private final RandomStream lengthStream;
  private final RandomStream keyStream;
  private final RandomStream equilibriumStream;
  private final StateCosts stateCosts;
  private long sessionCounter;

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
    this.sessionLength = config.sessionLength();
    long seed = config.seed();
    this.arrivalStream = new RandomStream(Source.ARRIVALS.seed(seed, replication));
    this.lengthStream = new RandomStream(Source.SESSION_LENGTHS.seed(seed, replication));
    this.keyStream = new RandomStream(Source.KEYS.seed(seed, replication));
    this.equilibriumStream = new RandomStream(Source.EQUILIBRIUM.seed(seed, replication));
    this.recorders = new Recorders(config, fleet, sessions);
    this.stateCosts = StateCosts.of(config.state(), sessions, recorders.revocation);
    RandomStream routingStream = new RandomStream(Source.ROUTING.seed(seed, replication));
    this.router = routerFactory.apply(new RouterEnvironment(fleet, routingStream, config.hashSeed(replication)));
    // a run limited by requests ends after about limit / (session rate × mean session length) of measured time
    long end = endNanos();
    this.loop = new EventLoop(progress, end != Long.MAX_VALUE ? end : config.warmupNanos()
        + config.requestLimit() / (arrivals.meanRatePerNano() * sessionLength.mean()), calendarShape());
    this.lifecycle = new RequestLifecycle(config, replication, fleet, router, loop, sessions, requests, stateCosts,
        recorders);
    this.fleetEvents = new FleetEventRunner(fleet, loop, sessions, requests, lifecycle, stateCosts, recorders);
    for (ScheduledEvent event : config.events()) {
      schedule(event.timeNanos(), event.event());
    }
  }

  /**
   * The event queue's calendar for this model's density: a session arrival, and per request a sending (after a
   * think time), a remote wait's end and a service's end; the horizon covers four mean think times (98% of
   * exponential ones) and four mean service times.
   */
  private CalendarShape calendarShape() {
    double requestsPerNano = arrivals.meanRatePerNano() * sessionLength.mean();
    int eventsPerRequest = 2 + (config.remoteWait() != null ? 1 : 0);
    double eventsPerNano = arrivals.meanRatePerNano() + requestsPerNano * eventsPerRequest;
    double think = config.thinkTime() != null ? config.thinkTime().mean() : 0;
    return CalendarShape.forDensity(eventsPerNano, 4 * Math.max(think, config.service().mean()));
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
    fleetEvents.schedule(time, event);
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
      recorders.startMeasuring(0);
    }
    WindowRecorder windows = recorders.windows;
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
        case REQUEST_SEND -> lifecycle.send(arg, now);
        case REMOTE_DONE -> lifecycle.remoteDone(arg, now);
        case SERVICE_DONE -> lifecycle.serviceDone(arg, now);
        case FLEET_ACTION -> fleetEvents.run(arg, now);
        case WARMUP_END -> recorders.startMeasuring(now);
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
    RequestAccount account = recorders.ledger.account(inFlight);
    if (!account.balances()) {
      throw new IllegalStateException("requests unaccounted for: " + account);
    }
    return result(end == Long.MAX_VALUE ? loop.now() : end, account);
  }

  private void openSession(long now) {
    int length = StationaryStart.requestCount(sessionLength.sample(lengthStream));
    int s = newSession(length, keyStream, now);
    recorders.ledger.sessionOpened();
    lifecycle.send(s, now);
  }

  private int newSession(int length, RandomStream keys, long now) {
    long number = sessionCounter++;
    long id = keys.nextLong();
    long address = keys.nextLong();
    long client = config.clients() > 0 ? Long.remainderUnsigned(address, config.clients()) : address;
    return sessions.open(id, client, number, length, now);
  }

  /** Opens the sessions in progress at time 0 ({@link StationaryStart}). */
  private void openSessionsInProgress() {
    new StationaryStart(arrivals, sessionLength, config.thinkTime(), config.state().accessTtlNanos())
        .open(equilibriumStream, new StationaryStart.Sessions() {
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

  private ReplicationResult result(long end, RequestAccount account) {
    BackendLoadRecorder backendLoad = recorders.backendLoad;
    RevocationRecorder revocation = recorders.revocation;
    RequestLedger ledger = recorders.ledger;
    long measured = Math.max(1, end - backendLoad.start());
    SessionState state = config.state();
    double cpuPerRequest = config.service().mean() + (state.verify() != null ? state.verify().mean() : 0);
    double offeredWork = arrivals.meanRatePerNano() * sessionLength.mean() * cpuPerRequest * measured;
    BackendLoadRecorder.Result load = backendLoad.finish(end, offeredWork);
    Outcomes outcomes = new Outcomes(ledger.failedMeasured(), ledger.loginsMeasured(), ledger.sessionsLostMeasured(),
        revocation.lookups(), stateCosts.usesStore(), revocation.intervalSum(), revocation.intervalSquares(),
        revocation.intervalMax(), revocation.exposureSquares(), revocation.exposureMax());
    TimeSeries timeSeries = recorders.windows != null ? recorders.windows.series() : null;
    long scaleOutAt = fleetEvents.scaleOutAt();
    int firstNew = fleetEvents.scaleOutFirstNew();
    double[] scaleOut = scaleOutAt >= 0 && timeSeries != null
        ? new double[] {ScaleOut.convergenceSeconds(timeSeries, scaleOutAt, firstNew),
            ScaleOut.peakOverload(timeSeries, scaleOutAt, firstNew)}
        : null;
    return new ReplicationResult(ledger.counts(), measured, recorders.latency, recorders.queueing, load.load(),
        load.utilization(), timeSeries, loop.processed(), outcomes, recorders.eventLatency,
        List.copyOf(recorders.eventRecords), account, scaleOut);
  }
}
