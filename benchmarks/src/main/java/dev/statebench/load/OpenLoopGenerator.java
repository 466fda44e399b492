package dev.statebench.load;

import dev.statebench.load.cpu.CpuMeters;
import dev.statebench.load.cpu.CpuUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;

/**
 * Sends requests to a {@link TargetClient} on an {@link OpenLoopSchedule} fixed in advance, whatever the answers take:
 * one dispatching thread hands each request, at its intended time, to a pool of {@code connections} worker threads
 * (the concurrency a server would give the store); a request waits in the queue while every worker is busy, and that
 * wait counts in its response time ({@link LatencyAccounting}). A worker that picks up a request whose deadline
 * (intended start + timeout) has passed gives it up as a timeout without calling the target, as a client with a
 * deadline would; so an overloaded target is not buried under requests nobody waits for any more.
 *
 * <p>At the end of every interval (a tenth of the run, between 100 ms and 1 s) the interval histogram goes to
 * {@code intervals} (for the {@code .hlog}) and an {@link IntervalSample} (backlog, interval percentiles) goes to the
 * run's trace, the evidence of the saturation verdict. After the last dispatch the run waits up to the timeout for
 * requests in flight; requests still unfinished then are timeouts. Failures never stop the run: they are counted
 * ({@link OutcomeCounts}). CPU time of the client process and of the store (when {@link CpuMeters} are given) is
 * read right after the schedule is drawn and again after the drain.
 */
public final class OpenLoopGenerator {
  private static final long MIN_INTERVAL_NANOS = 100_000_000L;
  private static final long MAX_INTERVAL_NANOS = 1_000_000_000L;

  private final TargetClient target;
  private final int connections;
  private final Duration timeout;
  private final long lagBoundNanos;

  public OpenLoopGenerator(TargetClient target, int connections, Duration timeout, Duration lagBound) {
    if (connections < 1) {
      throw new IllegalArgumentException("connections must be at least 1, got " + connections);
    }
    this.target = target;
    this.connections = connections;
    this.timeout = timeout;
    this.lagBoundNanos = lagBound.toNanos();
  }

  /**
   * What one run produced.
   *
   * @param schedule the arrivals that were offered
   * @param responseTimes response times from the intended start, timeouts censored at {@code timeoutNanos}
   * @param serviceTimes service times of answered requests
   * @param outcomes how every request ended
   * @param adherence how late the generator itself dispatched
   * @param elapsedNanos from the first intended start to the end of the drain
   * @param trace one sample per interval within the schedule's window
   * @param timeoutNanos the timeout of the run
   * @param connections worker threads
   * @param cpu CPU time of client and store over the run, or {@link CpuUsage#NONE} when not metered
   */
  public record Run(OpenLoopSchedule schedule, Histogram responseTimes, Histogram serviceTimes,
      OutcomeCounts outcomes, ScheduleAdherence adherence, long elapsedNanos, List<IntervalSample> trace,
      long timeoutNanos, int connections, CpuUsage cpu) {

    /** Answered requests per second over the schedule's window, or over the run when its drain took longer. */
    public double achievedPerSecond() {
      return outcomes.succeededCount() / (Math.max(elapsedNanos, schedule.durationNanos()) / 1e9);
    }
  }

  /** Uniform arrivals at {@code rate} per second for {@code duration}, no CPU metering. */
  public Run run(double rate, Duration duration, Consumer<Histogram> intervals) throws InterruptedException {
    return run(ArrivalProcess.UNIFORM, rate, duration, 0, intervals, null);
  }

  /**
   * Runs {@code rate} requests per second of {@code arrivals} (seeded with {@code seed}) for {@code duration};
   * intervals go to {@code intervals} as they close; {@code meters} (may be null) bracket the run's CPU time.
   */
  public Run run(ArrivalProcess arrivals, double rate, Duration duration, long seed, Consumer<Histogram> intervals,
      CpuMeters meters) throws InterruptedException {
    OutcomeCounts outcomes = new OutcomeCounts();
    LatencyAccounting accounting = new LatencyAccounting(timeout.toNanos(), outcomes);
    ScheduleAdherence adherence = new ScheduleAdherence(lagBoundNanos);
    Histogram responses = new Histogram(3);
    Histogram services = new Histogram(3);
    List<IntervalSample> trace = new ArrayList<>();
    AtomicLong dispatched = new AtomicLong();
    AtomicInteger workerNumber = new AtomicInteger();
    ExecutorService workers = Executors.newFixedThreadPool(connections, runnable -> {
      Thread thread = new Thread(runnable, "load-worker-" + workerNumber.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "load-interval-log");
      thread.setDaemon(true);
      return thread;
    });
    OpenLoopSchedule schedule = OpenLoopSchedule.of(arrivals, System.nanoTime() + 5_000_000, rate, duration, seed);
    long intervalNanos = Math.max(MIN_INTERVAL_NANOS, Math.min(MAX_INTERVAL_NANOS, duration.toNanos() / 10));
    Object intervalLock = new Object();
    Runnable closeInterval = () -> {
      synchronized (intervalLock) {
        long now = System.nanoTime();
        long backlog = dispatched.get() - outcomes.total();
        Histogram interval = accounting.responseInterval(null);
        responses.add(interval);
        services.add(accounting.serviceInterval(null));
        intervals.accept(interval);
        long sinceStart = now - schedule.startNanos();
        if (sinceStart > 0 && sinceStart <= schedule.durationNanos() + intervalNanos / 2) {
          boolean empty = interval.getTotalCount() == 0;
          trace.add(new IntervalSample(sinceStart, backlog, interval.getTotalCount(),
              empty ? 0 : interval.getValueAtPercentile(50), empty ? 0 : interval.getValueAtPercentile(99)));
        }
      }
    };
    CpuMeters.Running cpu = meters == null ? null : meters.start();
    ticker.scheduleAtFixedRate(closeInterval, schedule.startNanos() + intervalNanos - System.nanoTime(),
        intervalNanos, TimeUnit.NANOSECONDS);
    try {
      for (long i = 0; i < schedule.count(); i++) {
        long intended = schedule.intendedStart(i);
        long now;
        while ((now = System.nanoTime()) < intended) {
          LockSupport.parkNanos(intended - now);
        }
        adherence.dispatched(intended, now);
        int index = (int) i;
        dispatched.incrementAndGet();
        workers.execute(() -> serve(index, intended, accounting));
      }
      workers.shutdown();
      if (!workers.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        accounting.timedOut(workers.shutdownNow().size());
        workers.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
      }
    } finally {
      workers.shutdownNow();
      ticker.shutdownNow();
      ticker.awaitTermination(1, TimeUnit.SECONDS);
    }
    long elapsed = System.nanoTime() - schedule.startNanos();
    CpuUsage usage = cpu == null ? CpuUsage.NONE : cpu.stop();
    closeInterval.run();
    return new Run(schedule, responses, services, outcomes, adherence, elapsed, List.copyOf(trace),
        timeout.toNanos(), connections, usage);
  }

  private void serve(int index, long intended, LatencyAccounting accounting) {
    long started = System.nanoTime();
    if (accounting.expired(intended, started)) {
      accounting.timedOut(1);
      return;
    }
    try {
      target.call(index);
      accounting.succeeded(intended, started, System.nanoTime());
    } catch (Exception e) {
      if (interrupted(e)) {
        accounting.timedOut(1);
      } else {
        accounting.failed(e);
      }
    }
  }

  /** Workers are interrupted only when the run abandons requests still in flight at its drain deadline. */
  private static boolean interrupted(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof InterruptedException) {
        return true;
      }
    }
    return Thread.currentThread().isInterrupted();
  }
}
