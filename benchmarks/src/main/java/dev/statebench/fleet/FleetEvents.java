package dev.statebench.fleet;

import dev.statebench.fleet.lab.Fleet;
import dev.statebench.fleet.scenario.LabEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Fires a scenario's fleet events on the real fleet at their times: kills (SIGKILL), drains (HAProxy drain state, a
 * SIGKILL at the deadline), scale-outs (spare servers set ready) and rolling deploys (every pace, {@code surge}
 * spares in, {@code surge} of the starting instances drained, oldest first). Records when each event fired and
 * the first scale-out, for the metrics.
 */
final class FleetEvents implements AutoCloseable {
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "fleet-events");
    thread.setDaemon(true);
    return thread;
  });
  private final Fleet fleet;
  private final int initial;
  private final long startNanos;
  private final List<Long> fired = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();
  private int firstAdded = -1;
  private long firstAddNanos = -1;
  private int nextOld;

  FleetEvents(Fleet fleet, int initial, long startNanos) {
    this.fleet = fleet;
    this.initial = initial;
    this.startNanos = startNanos;
  }

  /** Schedules every event of {@code events}. */
  void schedule(List<LabEvent> events) {
    for (LabEvent event : events) {
      if (event instanceof LabEvent.RollingDeploy deploy) {
        int steps = (initial + deploy.surge() - 1) / deploy.surge();
        for (int k = 0; k < steps; k++) {
          at(deploy.atNanos() + k * deploy.paceNanos(), true, () -> deployStep(deploy));
        }
      } else {
        at(event.atNanos(), true, () -> apply(event));
      }
    }
  }

  private void apply(LabEvent event) {
    if (event instanceof LabEvent.Kill kill) {
      fleet.kill("i" + kill.backend());
    } else if (event instanceof LabEvent.Add add) {
      added(fleet.add(add.count()));
    } else if (event instanceof LabEvent.Drain drain) {
      fleet.drain("i" + drain.backend());
      at(drain.atNanos() + drain.deadlineNanos(), false, () -> fleet.kill("i" + drain.backend()));
    } else if (event instanceof LabEvent.RollingDeploy deploy) {
      deployStep(deploy);
    }
  }

  private void deployStep(LabEvent.RollingDeploy deploy) {
    fleet.add(deploy.surge());
    long drainedAt = System.nanoTime() - startNanos;
    for (int i = 0; i < deploy.surge() && nextOld < initial; i++) {
      String old = "i" + nextOld++;
      fleet.drain(old);
      at(drainedAt + deploy.deadlineNanos(), false, () -> fleet.kill(old));
    }
  }

  private synchronized void added(List<String> names) {
    if (firstAdded < 0 && !names.isEmpty()) {
      firstAdded = Integer.parseInt(names.get(0).substring(1));
      firstAddNanos = System.nanoTime() - startNanos;
    }
  }

  private void at(long atNanos, boolean recorded, Runnable action) {
    timer.schedule(() -> {
      if (recorded) {
        synchronized (this) {
          fired.add(System.nanoTime() - startNanos);
        }
      }
      try {
        action.run();
      } catch (RuntimeException e) {
        synchronized (this) {
          failures.add(e.getMessage());
        }
      }
    }, startNanos + atNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
  }

  synchronized List<Long> firedNanos() {
    return List.copyOf(fired);
  }

  synchronized int firstAdded() {
    return firstAdded;
  }

  synchronized long firstAddNanos() {
    return firstAddNanos;
  }

  synchronized List<String> failures() {
    return List.copyOf(failures);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
