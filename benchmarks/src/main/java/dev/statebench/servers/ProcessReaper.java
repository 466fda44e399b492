package dev.statebench.servers;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes every embedded server die with the JVM that started it, even when that JVM is killed with SIGKILL and its
 * shutdown hooks never run. Without it, a killed run leaves PostgreSQL running forever (it daemonises, inside its
 * own process group) and both servers' temporary directories behind.
 *
 * <p>On first use it starts {@link ReaperWatchdog} in a separate small JVM whose standard input is a pipe from this
 * one, in a session of its own ({@code setsid}, where available) so that a signal to this JVM's process group does
 * not take the watchdog with it. Servers register their processes and directories as they start and unregister
 * them when they stop cleanly; whatever is still registered when the pipe closes is removed by the watchdog.
 *
 * <p>Other long-lived child processes (the fleet lab's app instances and HAProxy) register here too. One per JVM;
 * thread-safe. If the watchdog cannot be started, the servers still run and are still stopped
 * normally — only the SIGKILL guarantee is lost, which is said once on standard error.
 */
public final class ProcessReaper {
  private static final ProcessReaper INSTANCE = new ProcessReaper();

  private OutputStream channel;
  private Process watchdog;
  private boolean unavailable;

  private ProcessReaper() {}

  /** The reaper of this JVM. */
  public static ProcessReaper instance() {
    return INSTANCE;
  }

  /** Kill {@code process} if this JVM dies before calling {@link #forget(ProcessHandle)}. */
  public void register(ProcessHandle process) {
    long started = process.info().startInstant().map(Instant::toEpochMilli).orElse(-1L);
    send("pid " + process.pid() + " " + started);
  }

  /** Remove {@code directory} and its content if this JVM dies before calling {@link #forget(Path)}. */
  public void register(Path directory) {
    send("dir " + directory.toAbsolutePath());
  }

  /** The process was stopped by its owner. */
  public void forget(ProcessHandle process) {
    send("forget-pid " + process.pid());
  }

  /** The directory was removed by its owner. */
  public void forget(Path directory) {
    send("forget-dir " + directory.toAbsolutePath());
  }

  /** The watchdog process, for tests that check it outlives a killed owner and then ends. */
  synchronized ProcessHandle watchdogProcess() {
    ensureStarted();
    return watchdog == null ? null : watchdog.toHandle();
  }

  private synchronized void send(String line) {
    ensureStarted();
    if (channel == null) {
      return;
    }
    try {
      channel.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      channel.flush();
    } catch (IOException e) {
      giveUp("the watchdog stopped listening (" + e.getMessage() + ")");
    }
  }

  private void ensureStarted() {
    if (channel != null || unavailable) {
      return;
    }
    try {
      watchdog = new ProcessBuilder(command())
          .redirectOutput(Redirect.DISCARD)
          .redirectError(Redirect.INHERIT)
          .start();
      channel = watchdog.getOutputStream();
    } catch (IOException | UncheckedIOException e) {
      giveUp("cannot start the watchdog (" + e.getMessage() + ")");
    }
  }

  private static List<String> command() {
    List<String> command = new ArrayList<>();
    Path setsid = Path.of("/usr/bin/setsid");
    if (Files.isExecutable(setsid)) {
      command.add(setsid.toString());
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx16m", "-Xss256k", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
        "-cp", System.getProperty("java.class.path"), ReaperWatchdog.class.getName()));
    return command;
  }

  private void giveUp(String why) {
    unavailable = true;
    channel = null;
    System.err.println("statebench: " + why + "; embedded servers will not be removed if this process is killed");
  }
}
