package dev.statebench.fleet.lab;

import dev.statebench.UserFacingException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real HAProxy started in the foreground ({@code -db}) as a child of the lab, after {@code haproxy -c} accepted
 * its configuration. Its output goes to {@code haproxy.log} in the lab's folder.
 */
public final class HaproxyProcess {
  private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

  private final Process process;
  private final RuntimeApi api;

  private HaproxyProcess(Process process, RuntimeApi api) {
    this.process = process;
    this.api = api;
  }

  /**
   * Runs {@code haproxy -c -f config}.
   *
   * @throws UserFacingException with HAProxy's first alert when the configuration is rejected
   */
  public static void check(Path binary, Path config) {
    try {
      Process check = new ProcessBuilder(binary.toString(), "-c", "-f", config.toString())
          .redirectErrorStream(true).start();
      check.getOutputStream().close();
      String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!check.waitFor(CHECK_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        check.destroyForcibly();
        throw new UserFacingException("haproxy -c did not finish within " + CHECK_TIMEOUT.toSeconds() + " s");
      }
      if (check.exitValue() != 0) {
        throw new UserFacingException("HAProxy rejected the generated configuration " + config + ": "
            + firstAlert(output));
      }
    } catch (IOException e) {
      throw new UserFacingException("could not run " + binary + " -c: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking the HAProxy configuration", e);
    }
  }

  /** Fails with a one-line error when something on 127.0.0.1 already listens on {@code port}. */
  public static void requireFreePort(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(false);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    } catch (IOException e) {
      throw new UserFacingException("port " + port + " on 127.0.0.1 is already in use, so HAProxy cannot listen"
          + " there: stop whatever holds it or choose another --port (0 picks a free one)", e);
    }
  }

  /**
   * Checks and starts HAProxy, and returns once its frontend accepts connections and its runtime API answers.
   *
   * @throws UserFacingException when the check fails or HAProxy does not come up
   */
  public static HaproxyProcess start(ChildProcesses children, Path binary, Path config, Path socket, int port,
      Path log) throws IOException {
    check(binary, config);
    requireFreePort(port);
    Process process = children.start(new ProcessBuilder(binary.toString(), "-db", "-f", config.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()));
    RuntimeApi api = new RuntimeApi(socket);
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw new UserFacingException("HAProxy exited at start-up: " + firstAlert(Files.readString(log)));
      }
      if (Files.exists(socket) && accepts(port)) {
        try {
          api.send("show info");
          return new HaproxyProcess(process, api);
        } catch (RuntimeException notYet) {
          // The socket file exists before HAProxy listens on it; try again.
        }
      }
      if (System.nanoTime() - deadline > 0) {
        ChildProcesses.kill(process);
        throw new UserFacingException("HAProxy did not come up within " + START_TIMEOUT.toSeconds() + " s: see " + log);
      }
      pause();
    }
  }

  /** The runtime API. */
  public RuntimeApi api() {
    return api;
  }

  /** The process (for liveness checks). */
  public Process process() {
    return process;
  }

  static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static void pause() {
    try {
      TimeUnit.MILLISECONDS.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static String firstAlert(String output) {
    List<String> lines = output.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    return lines.stream().filter(l -> l.contains("[ALERT]")).findFirst()
        .or(() -> lines.stream().findFirst())
        .map(l -> l.replaceFirst("^\\[ALERT\\]\\s*\\(\\d+\\)\\s*:\\s*", ""))
        .orElse("no output");
  }
}
