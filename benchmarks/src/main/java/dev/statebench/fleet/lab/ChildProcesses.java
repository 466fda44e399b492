package dev.statebench.fleet.lab;

import dev.statebench.servers.ProcessReaper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Every process the lab started (app instances, HAProxy), so that none outlives it: {@link #close()} kills what is
 * still running, and a JVM shutdown hook does the same when the lab's JVM ends first (Ctrl-C, {@code System.exit}).
 * A lab JVM killed with SIGKILL runs no hook: every process is also registered with the {@link ProcessReaper}, whose
 * watchdog kills it then (app instances would exit by themselves too: they watch the lab's pid). Thread-safe.
 */
public final class ChildProcesses implements AutoCloseable {
  private static final Duration KILL_WAIT = Duration.ofSeconds(10);

  private final List<Process> processes = new ArrayList<>();
  private final Thread hook = new Thread(this::killAll, "fleet-lab-shutdown");
  private boolean closed;

  public ChildProcesses() {
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Starts {@code builder}'s process and registers it. */
  public synchronized Process start(ProcessBuilder builder) throws java.io.IOException {
    if (closed) {
      throw new IllegalStateException("the lab is closed");
    }
    Process process = builder.start();
    ProcessReaper.instance().register(process.toHandle());
    processes.add(process);
    return process;
  }

  /** The pids of the registered processes still alive (for the test that nothing survives). */
  public synchronized List<Long> alivePids() {
    return processes.stream().filter(Process::isAlive).map(Process::pid).toList();
  }

  /** Every pid registered, dead or alive. */
  public synchronized List<Long> allPids() {
    return processes.stream().map(Process::pid).toList();
  }

  /** Kills {@code process} at once (SIGKILL on Linux) and waits for it to be gone. */
  public static void kill(Process process) {
    process.destroyForcibly();
    try {
      process.waitFor(KILL_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    killAll();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running and finds nothing left.
    }
  }

  private void killAll() {
    List<Process> toKill;
    synchronized (this) {
      closed = true;
      toKill = new ArrayList<>(processes);
    }
    toKill.forEach(Process::destroyForcibly);
    toKill.forEach(ChildProcesses::kill);
  }
}
