package dev.statebench.outage;

import dev.statebench.load.ArrivalProcess;
import dev.statebench.load.OpenLoopGenerator;
import dev.statebench.load.TargetClient;
import dev.statebench.servers.Servers;
import dev.statebench.servers.StoreFaults;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;

/**
 * Runs an open-loop load against one strategy while a real fault hits a real store on a schedule: the store is
 * crashed (SIGKILL) or frozen (SIGSTOP) at {@link OutagePlan#at()} and brought back (restart, SIGCONT)
 * {@link OutagePlan#outage()} later, and every request's outcome and latency is kept per second. The load is the
 * coordinated-omission-correct generator of {@code statebench load} (Poisson arrivals), so requests keep arriving
 * during the outage as users would, and their waiting counts.
 */
public final class OutageExperiment {
  private static final long SEED = 29;

  private final Servers servers;
  private final OutagePlan plan;

  public OutageExperiment(Servers servers, OutagePlan plan) {
    this.servers = servers;
    this.plan = plan;
  }

  /** Runs {@code strategy} through the outage and returns what it did. */
  public OutageResult run(OutageStrategy strategy) throws InterruptedException {
    StoreFaults store = servers.faults(plan.store() == OutageStore.REDIS);
    TargetClient opened = strategy.open(servers, plan.connections());
    int seconds = (int) (plan.duration().toSeconds() + plan.timeout().toSeconds() + 5);
    long origin = System.nanoTime() + 5_000_000;
    OutcomeTimeline timeline = new OutcomeTimeline(origin, seconds);
    List<Histogram> intervals = new ArrayList<>();
    AtomicReference<RuntimeException> faultFailure = new AtomicReference<>();
    ScheduledExecutorService faults = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "outage-fault");
      thread.setDaemon(true);
      return thread;
    });
    try (RecordingTarget target = new RecordingTarget(opened, timeline)) {
      long delay = origin + plan.at().toNanos() - System.nanoTime();
      ScheduledFuture<?> inject = faults.schedule(guard(() -> plan.fault().inject(store), faultFailure), delay,
          TimeUnit.NANOSECONDS);
      ScheduledFuture<?> recover = faults.schedule(guard(() -> plan.fault().recover(store), faultFailure),
          delay + plan.outage().toNanos(), TimeUnit.NANOSECONDS);
      OpenLoopGenerator.Run run = new OpenLoopGenerator(target, plan.connections(), plan.timeout(), Duration.ofMillis(5))
          .run(ArrivalProcess.POISSON, plan.rate(), plan.duration(), SEED, interval -> intervals.add(interval.copy()),
              null);
      awaitQuietly(inject);
      awaitQuietly(recover);
      if (faultFailure.get() != null) {
        throw faultFailure.get();
      }
      return summarize(strategy, run, timeline, intervals, opened);
    } finally {
      faults.shutdownNow();
    }
  }

  private OutageResult summarize(OutageStrategy strategy, OpenLoopGenerator.Run run, OutcomeTimeline timeline,
      List<Histogram> intervals, TargetClient opened) {
    int at = (int) plan.at().toSeconds();
    int back = (int) plan.at().plus(plan.outage()).toSeconds();
    int end = (int) plan.duration().toSeconds();
    Histogram baseline = merge(intervals, 1, at);
    Histogram during = merge(intervals, at, back + 1);
    long failedDuring = 0;
    long failedAfter = 0;
    long lost = 0;
    long revokedDuring = 0;
    long revokedAfter = 0;
    for (int s = 0; s < timeline.seconds(); s++) {
      lost += timeline.lost(s);
      if (s >= at && s < back) {
        failedDuring += timeline.failed(s);
        revokedDuring += timeline.revokedAccepted(s);
      } else if (s >= back) {
        failedAfter += timeline.failed(s);
        revokedAfter += timeline.revokedAccepted(s);
      }
    }
    double baselineP99 = millis(baseline, 99);
    int recovered = recoverySecond(timeline, intervals, back, end, plan.timeout().toNanos());
    Histogram after = recovered < 0 ? new Histogram(3) : merge(intervals, recovered, end);
    double recoveryMs = recovered < 0 ? -1 : Math.max(0, recovered - plan.at().plus(plan.outage()).toMillis() / 1e3) * 1e3;
    long revokedPresented = opened instanceof HybridOutageClient hybrid ? hybrid.revokedPresented() : 0;
    return new OutageResult(strategy.label(), run.schedule().count(), run.outcomes().succeededCount(),
        run.outcomes().errorCount() - lost, run.outcomes().timeoutCount(), failedDuring, failedAfter, lost,
        revokedDuring, revokedAfter, revokedPresented, millis(baseline, 50), baselineP99, millis(during, 99), millis(after, 99),
        recoveryMs, opened.description());
  }

  /**
   * The first second, from the store's return on, after which no request fails or times out (a response as slow as
   * the timeout counts as one); -1 if there is none before the end of the load. Latency is not part of the rule: on a
   * shared machine a latency bound would measure the neighbours, so the p99 after recovery is reported beside it.
   */
  private static int recoverySecond(OutcomeTimeline timeline, List<Histogram> intervals, int from, int end,
      long timeoutNanos) {
    int candidate = -1;
    for (int s = from; s < end; s++) {
      boolean healthy = timeline.failed(s) == 0 && timeline.lost(s) == 0
          && (s >= intervals.size() || intervals.get(s).getMaxValue() < timeoutNanos);
      if (healthy && candidate < 0) {
        candidate = s;
      } else if (!healthy) {
        candidate = -1;
      }
    }
    return candidate;
  }

  private static Histogram merge(List<Histogram> intervals, int fromSecond, int toSecond) {
    Histogram merged = new Histogram(3);
    for (int s = Math.max(0, fromSecond); s < Math.min(toSecond, intervals.size()); s++) {
      merged.add(intervals.get(s));
    }
    return merged;
  }

  private static double millis(Histogram histogram, double percentile) {
    return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1e6;
  }

  private static Runnable guard(Runnable action, AtomicReference<RuntimeException> failure) {
    return () -> {
      try {
        action.run();
      } catch (RuntimeException e) {
        failure.compareAndSet(null, e);
      }
    };
  }

  private static void awaitQuietly(ScheduledFuture<?> future) throws InterruptedException {
    try {
      future.get(2, TimeUnit.MINUTES);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("the fault schedule did not complete: " + e.getMessage(), e);
    }
  }
}
