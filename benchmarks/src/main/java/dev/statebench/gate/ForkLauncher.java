package dev.statebench.gate;

import dev.statebench.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one JMH fork of one build as a child process, {@code java -jar BUILD.jar jmh … -f 1 -rf json -rff FILE}, with
 * its output in a log file beside the result. Only the build's own jar runs its benchmarks, so base and new code never
 * share a JVM.
 *
 * <p>JMH refuses to start while another JMH run on the machine holds its lock file ({@code java.io.tmpdir/jmh.lock});
 * the launcher then waits and retries, up to {@link #LOCK_WAIT}, so that two benchmark runs never time at once.
 */
public final class ForkLauncher {
  static final Duration LOCK_WAIT = Duration.ofMinutes(30);
  private static final Duration LOCK_POLL = Duration.ofSeconds(10);
  private static final String LOCK_MESSAGE = "Unable to acquire the JMH lock";
  /** What JMH prints when the build has no benchmark matching the include pattern. */
  private static final String NO_MATCH_MESSAGE = "No matching benchmarks";

  private final Path java;
  private final ForkSettings settings;
  private final List<String> sharedForkJvmArgs;
  private final boolean ignoreJmhLock;

  /**
   * @param sharedForkJvmArgs JVM arguments every fork of both builds gets (the servers' URLs); never logged here
   * @param ignoreJmhLock run even while another JMH run holds the lock (JMH's {@code -Djmh.ignoreLock=true}): the
   *     gate's pairing then absorbs the other run's noise instead of waiting for it
   */
  public ForkLauncher(Path java, ForkSettings settings, List<String> sharedForkJvmArgs, boolean ignoreJmhLock) {
    this.java = java;
    this.settings = settings;
    this.sharedForkJvmArgs = List.copyOf(sharedForkJvmArgs);
    this.ignoreJmhLock = ignoreJmhLock;
  }

  /** The JVM running this tool, used for the builds' launchers too. */
  public static Path currentJava() {
    return Path.of(System.getProperty("java.home"), "bin", "java");
  }

  /** The whole command for one fork (for tests and for the log's first line, which leaves the JVM arguments out). */
  List<String> command(BuildUnderTest build, JmhInvocation invocation, Path resultFile) {
    List<String> command = new ArrayList<>(List.of(java.toString()));
    if (ignoreJmhLock) {
      command.add("-Djmh.ignoreLock=true");
    }
    command.addAll(List.of("-jar", build.jar().toString(), "jmh"));
    command.addAll(invocation.jmhArgs());
    command.addAll(settings.jmhArgs());
    command.addAll(List.of("-rf", "json", "-rff", resultFile.toString()));
    List<String> jvmArgs = new ArrayList<>(sharedForkJvmArgs);
    jvmArgs.addAll(build.forkJvmArgs());
    if (!jvmArgs.isEmpty()) {
      command.add("-jvmArgsAppend");
      command.add(String.join(" ", jvmArgs));
    }
    return command;
  }

  /**
   * Runs the fork; returns whether it wrote its result file. A failed fork is not an exception: the gate counts the
   * round as missing for those benchmarks and says so.
   */
  public boolean run(BuildUnderTest build, JmhInvocation invocation, Path resultFile, Path logFile) {
    long giveUpAt = System.nanoTime() + LOCK_WAIT.toNanos();
    while (true) {
      int status = runOnce(build, invocation, resultFile, logFile);
      if (status == 0 && Files.isRegularFile(resultFile)) {
        return true;
      }
      // A failed JMH run can leave an empty or partial result file; the round must read as missing, not as broken.
      deleteQuietly(resultFile);
      if (!heldLock(logFile)) {
        return false;
      }
      if (System.nanoTime() > giveUpAt) {
        throw new UserFacingException("another JMH run held its lock (java.io.tmpdir/jmh.lock) for more than "
            + LOCK_WAIT.toMinutes() + " minutes; run the gate again when it has finished");
      }
      pause(LOCK_POLL);
    }
  }

  private int runOnce(BuildUnderTest build, JmhInvocation invocation, Path resultFile, Path logFile) {
    List<String> command = command(build, invocation, resultFile);
    Duration timeout = Duration.ofSeconds(
        120 + 5 * settings.estimatedSecondsPerBenchmark() * invocation.combinations() * settings.modes().size());
    try {
      Files.deleteIfExists(resultFile);
      Files.writeString(logFile, "# " + build.side() + " " + build.jar() + " " + invocation.label()
          + System.lineSeparator(), StandardCharsets.UTF_8);
      Process process = new ProcessBuilder(command)
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
          .start();
      if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        Files.writeString(logFile, System.lineSeparator() + "# killed after " + timeout.toSeconds() + " s"
            + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return -1;
      }
      return process.exitValue();
    } catch (IOException e) {
      throw new UserFacingException("cannot start " + java + " for " + build.side() + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserFacingException("interrupted while running " + invocation.label() + " on " + build.side(), e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UserFacingException("cannot delete the result of a failed fork, " + file + ": " + e.getMessage(), e);
    }
  }

  private static boolean heldLock(Path logFile) {
    return logContains(logFile, LOCK_MESSAGE);
  }

  /** Whether a failed fork failed because its build does not have the benchmark (e.g. a base commit before it). */
  static boolean missingBenchmark(Path logFile) {
    return logContains(logFile, NO_MATCH_MESSAGE);
  }

  private static boolean logContains(Path logFile, String text) {
    try {
      return Files.readString(logFile, StandardCharsets.UTF_8).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserFacingException("interrupted while waiting for another JMH run to finish", e);
    }
  }
}
