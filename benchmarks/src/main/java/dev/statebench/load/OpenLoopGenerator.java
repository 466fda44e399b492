package dev.statebench.load;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;

/**
 * Sends requests to a {@link TargetClient} on a fixed {@link OpenLoopSchedule}, whatever the answers take: one
 * dispatching thread hands each request, at its intended time, to a pool of {@code connections} worker threads (the
 * concurrency a server would give the store); a request waits in the queue while every worker is busy, and that
 * wait counts in its response time ({@link LatencyAccounting}). Every second the interval histogram of response times
 * goes to {@code intervals} (for the {@code .hlog}).
 *
 * <p>After the last dispatch the run waits up to the timeout for requests in flight; requests not even started by
 * then are counted as timeouts. Failures never stop the run: they are counted ({@link OutcomeCounts}).
 */
public final class OpenLoopGenerator {
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

  /** What one run produced. */
  public record Run(OpenLoopSchedule schedule, Histogram responseTimes, Histogram serviceTimes,
      OutcomeCounts outcomes, ScheduleAdherence adherence, long elapsedNanos) {}

  /** Runs {@code rate} requests per second for {@code duration}; intervals go to {@code intervals} as they close. */
  public Run run(double rate, Duration duration, Consumer<Histogram> intervals) throws InterruptedException {
    OutcomeCounts outcomes = new OutcomeCounts();
    LatencyAccounting accounting = new LatencyAccounting(timeout.toNanos(), outcomes);
    ScheduleAdherence adherence = new ScheduleAdherence(lagBoundNanos);
    Histogram responses = new Histogram(3);
    Histogram services = new Histogram(3);
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
    Object intervalLock = new Object();
    Runnable closeInterval = () -> {
      synchronized (intervalLock) {
        Histogram interval = accounting.responseInterval(null);
        responses.add(interval);
        services.add(accounting.serviceInterval(null));
        intervals.accept(interval);
      }
    };
    OpenLoopSchedule schedule = OpenLoopSchedule.of(System.nanoTime() + 1_000_000, rate, duration);
    ticker.scheduleAtFixedRate(closeInterval, 1, 1, TimeUnit.SECONDS);
    try {
      for (long i = 0; i < schedule.count(); i++) {
        long intended = schedule.intendedStart(i);
        long now;
        while ((now = System.nanoTime()) < intended) {
          LockSupport.parkNanos(intended - now);
        }
        adherence.dispatched(intended, now);
        int index = (int) i;
        workers.execute(() -> serve(index, intended, accounting));
      }
      workers.shutdown();
      if (!workers.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        outcomes.timedOut(workers.shutdownNow().size());
        workers.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
      }
    } finally {
      workers.shutdownNow();
      ticker.shutdownNow();
      ticker.awaitTermination(1, TimeUnit.SECONDS);
    }
    closeInterval.run();
    return new Run(schedule, responses, services, outcomes, adherence, System.nanoTime() - schedule.startNanos());
  }

  private void serve(int index, long intended, LatencyAccounting accounting) {
    long started = System.nanoTime();
    try {
      target.call(index);
      accounting.succeeded(intended, started, System.nanoTime());
    } catch (Exception e) {
      if (interrupted(e)) {
        accounting.abandoned();
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
