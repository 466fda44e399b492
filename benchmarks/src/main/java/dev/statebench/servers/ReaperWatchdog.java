package dev.statebench.servers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The watchdog process behind {@link ProcessReaper}: a tiny JVM that outlives its owner on purpose, so that the
 * servers the owner started die with it even when the owner is killed with SIGKILL (a CI timeout, the OOM killer)
 * and its shutdown hooks never run.
 *
 * <p>The idea is Testcontainers' Ryuk sidecar (https://github.com/testcontainers/moby-ryuk): the owner holds a
 * connection to the watchdog and tells it what to remove; when the connection closes — normally or because the
 * kernel closed the dead owner's end — the watchdog removes whatever it still holds. Here the connection is the
 * watchdog's standard input, a pipe: end of file arrives the instant the owner's process is gone, with no polling.
 *
 * <p>Protocol, one line each, UTF-8:
 *
 * <ul>
 *   <li>{@code pid <pid> <start-epoch-millis>} — kill this process when the owner goes (SIGTERM, then SIGKILL after
 *       {@link #GRACE}); the start time guards against killing an unrelated process that reused the number;
 *   <li>{@code forget-pid <pid>} — the owner stopped it itself;
 *   <li>{@code dir <path>} / {@code forget-dir <path>} — the same for a directory, removed with everything in it.
 * </ul>
 */
public final class ReaperWatchdog {
  /** How long a process gets to stop on SIGTERM before SIGKILL. */
  static final Duration GRACE = Duration.ofSeconds(3);

  private final Map<Long, Long> processes = new LinkedHashMap<>();
  private final Set<Path> directories = new LinkedHashSet<>();

  private ReaperWatchdog() {}

  /** Reads the protocol from standard input until end of file, then removes what is still registered. */
  public static void main(String[] args) throws IOException {
    ReaperWatchdog watchdog = new ReaperWatchdog();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        watchdog.accept(line);
      }
    } catch (IOException brokenPipe) {
      // The owner is gone either way: fall through and clean up.
    }
    watchdog.removeAll();
  }

  private void accept(String line) {
    int space = line.indexOf(' ');
    if (space < 0) {
      return;
    }
    String verb = line.substring(0, space);
    String argument = line.substring(space + 1);
    switch (verb) {
      case "pid" -> {
        String[] fields = argument.split(" ");
        processes.put(Long.parseLong(fields[0]), Long.parseLong(fields[1]));
      }
      case "forget-pid" -> processes.remove(Long.parseLong(argument));
      case "dir" -> directories.add(Path.of(argument));
      case "forget-dir" -> directories.remove(Path.of(argument));
      default -> { /* an unknown verb from a newer owner: ignore rather than die early */ }
    }
  }

  private void removeAll() {
    processes.forEach((pid, startMillis) -> matching(pid, startMillis).ifPresent(ProcessHandle::destroy));
    long deadline = System.nanoTime() + GRACE.toNanos();
    processes.forEach((pid, startMillis) -> matching(pid, startMillis).ifPresent(process -> {
      long remaining = deadline - System.nanoTime();
      try {
        if (remaining > 0) {
          process.onExit().get(remaining, TimeUnit.NANOSECONDS);
        }
      } catch (Exception stillRunning) {
        // Killed below.
      }
      if (process.isAlive()) {
        process.destroyForcibly();
      }
    }));
    for (Path directory : directories) {
      try {
        TemporaryDirectory.of(directory).delete();
      } catch (RuntimeException e) {
        System.err.println("statebench reaper: cannot remove " + directory + ": " + e.getMessage());
      }
    }
  }

  /** The process with this number, if it is still the one that started at {@code startMillis}. */
  static Optional<ProcessHandle> matching(long pid, long startMillis) {
    return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(process -> process.info().startInstant()
        .map(Instant::toEpochMilli).map(actual -> startMillis < 0 || Math.abs(actual - startMillis) < 1000)
        .orElse(true));
  }
}
