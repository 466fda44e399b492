package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.metrics.ReplicationResult;
import dev.statebench.lbsim.metrics.TimeSeries;
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
 * limit) and is served for {@code work / speed}. Time in system runs from arrival to the end of service.
 *
 * <p>Common random numbers: session arrivals, lengths and identities are drawn in arrival order from their own
 * streams, and request k of session j draws its service time and think time from streams seeded by (j, k), so every
 * policy sees exactly the same work even though policies complete requests in different orders.
 */
public final class Simulation {
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
  private final List<FleetAction> fleetActions = new ArrayList<>();
  private final DoubleConsumer progress;

  private final ArrivalProcess arrivals;
  private final Distribution service;
  private final Distribution remoteWait;
  private final Distribution sessionLength;
  private final Distribution thinkTime;
  private final RandomStream arrivalStream;
  private final RandomStream lengthStream;
  private final RandomStream keyStream;
  private final RandomStream perRequestStream = new RandomStream(0);
  private final long serviceSeed;
  private final long remoteSeed;
  private final long thinkSeed;

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
  private long processed;
  private boolean stopped;

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
    RandomStream routingStream = new RandomStream(Source.ROUTING.seed(seed, replication));
    this.router = routerFactory.apply(new RouterEnvironment(fleet, routingStream, config.hashSeed()));
    this.requestsPerBackend = new long[fleet.count()];
    this.timeSeries = config.windowNanos() > 0 ? new TimeSeries(config.windowNanos()) : null;
    this.busyAtWindow = new double[fleet.count()];
    this.outstandingAtWindow = new double[fleet.count()];
  }

  /** Schedules a change to the fleet at simulated time {@code time}; call before {@link #run()}. */
  public void schedule(long time, FleetAction action) {
    fleetActions.add(action);
    events.push(time, PRIORITY[FLEET_ACTION], payload(FLEET_ACTION, fleetActions.size() - 1));
  }

  /** Runs to the end and returns what was measured after the warm-up. */
  public ReplicationResult run() {
    long end = config.durationNanos() > 0 ? config.warmupNanos() + config.durationNanos() : Long.MAX_VALUE;
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
        case REMOTE_DONE -> toWorker(arg, requests.backend[arg], now);
        case SERVICE_DONE -> serviceDone(arg, now);
        case FLEET_ACTION -> fleetActions.get(arg).apply(fleet, now);
        case WARMUP_END -> startMeasuring(now);
        case WINDOW_END -> endWindow(now);
        default -> throw new IllegalStateException("unknown event type " + (payload >>> 32));
      }
      if ((++processed & (PROGRESS_EVERY - 1)) == 0) {
        progress.accept(Math.min(0.99, (double) now / expectedEnd));
      }
    }
    router.finished();
    return result(end == Long.MAX_VALUE ? now : end);
  }

  private static long payload(int type, int arg) {
    return ((long) type << 32) | (arg & 0xffffffffL);
  }

  private void openSession(long now) {
    long number = sessionCounter++;
    int length = (int) Math.max(1, Math.min(Integer.MAX_VALUE, Math.round(sessionLength.sample(lengthStream))));
    long id = keyStream.nextLong();
    long address = keyStream.nextLong();
    long client = config.clients() > 0 ? Long.remainderUnsigned(address, config.clients()) : address;
    send(sessions.open(id, client, number, length), now);
  }

  private void send(int s, long now) {
    int k = sessions.takeRequest(s);
    long number = sessions.number(s);
    perRequestStream.reseed(Mix64.hash(number, k, serviceSeed));
    long work = Math.round(service.sample(perRequestStream));
    long remote = 0;
    if (remoteWait != null) {
      perRequestStream.reseed(Mix64.hash(number, k, remoteSeed));
      remote = Math.round(remoteWait.sample(perRequestStream));
    }
    routing.reset(sessions.id(s), sessions.client(s), sessions.pinned(s));
    int b = router.route(routing);
    if (!fleet.isUp(b)) {
      throw new IllegalStateException("policy routed to backend " + b + ", which is not up");
    }
    sessions.pin(s, routing.pinnedBackend());
    int r = requests.open(now, s, b, work);
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
      if (measuring) {
        rejected++;
      }
      int s = requests.session[r];
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
    requests.close(r);
    if (measuring) {
      latency.recordValue(timeInSystem);
      completed++;
      if (config.requestLimit() > 0 && completed >= config.requestLimit()) {
        stopped = true;
      }
    }
    afterRequest(s, now);
  }

  private void afterRequest(int s, long now) {
    if (sessions.remaining(s) <= 0) {
      sessions.close(s);
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
    timeSeries.add(outstanding, utilization);
    windowStart = now;
    events.push(now + config.windowNanos(), PRIORITY[WINDOW_END], payload(WINDOW_END, 0));
  }

  private ReplicationResult result(long end) {
    fleet.advanceAll(end);
    int n = fleet.count();
    long measured = Math.max(1, end - measureStart);
    double[] perBackendRequests = new double[n];
    double[] utilization = new double[n];
    double[] outstanding = new double[n];
    busyAtStart = Arrays.copyOf(busyAtStart, n);
    outstandingAtStart = Arrays.copyOf(outstandingAtStart, n);
    for (int b = 0; b < n; b++) {
      perBackendRequests[b] = b < requestsPerBackend.length ? requestsPerBackend[b] : 0;
      utilization[b] = (fleet.busyArea(b) - busyAtStart[b]) / measured / fleet.workers(b);
      outstanding[b] = (fleet.outstandingArea(b) - outstandingAtStart[b]) / measured;
    }
    return new ReplicationResult(issued, completed, rejected, redispatched, measured, latency, queueing,
        perBackendRequests, utilization, outstanding, timeSeries, processed);
  }
}
