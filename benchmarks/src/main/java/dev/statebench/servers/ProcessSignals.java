package dev.statebench.servers;

import dev.statebench.UserFacingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * POSIX signals to processes the JDK cannot send itself: {@code SIGSTOP} and {@code SIGCONT} (freeze and thaw) go
 * through the system's {@code kill} command; {@code SIGKILL} uses {@link ProcessHandle#destroyForcibly()}.
 */
final class ProcessSignals {
  private ProcessSignals() {}

  /** Freezes every given process ({@code SIGSTOP}): it keeps its sockets but answers nothing. */
  static void stop(List<ProcessHandle> processes) {
    send("STOP", processes);
  }

  /** Lets frozen processes run again ({@code SIGCONT}). */
  static void resume(List<ProcessHandle> processes) {
    send("CONT", processes);
  }

  /** Kills every given process at once ({@code SIGKILL}: no shutdown, as in a crash) and waits until they are gone. */
  static void kill(List<ProcessHandle> processes) {
    processes.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle process : processes) {
      try {
        process.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new UserFacingException("process " + process.pid() + " did not die within 10 s of SIGKILL", e);
      }
    }
  }

  /** A process and all its descendants, parent first (for servers that fork workers, like PostgreSQL). */
  static List<ProcessHandle> withDescendants(ProcessHandle root) {
    List<ProcessHandle> all = new ArrayList<>();
    all.add(root);
    root.descendants().forEach(all::add);
    return all;
  }

  private static void send(String signal, List<ProcessHandle> processes) {
    if (processes.isEmpty()) {
      return;
    }
    List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
    processes.forEach(process -> command.add(Long.toString(process.pid())));
    try {
      Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(kill.getInputStream().readAllBytes()).trim();
      if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
        throw new UserFacingException("cannot send SIG" + signal + " (" + output + ")");
      }
    } catch (IOException e) {
      throw new UserFacingException("cannot send SIG" + signal + ": the 'kill' command is not available (" + e.getMessage()
          + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserFacingException("interrupted while sending SIG" + signal, e);
    }
  }
}
