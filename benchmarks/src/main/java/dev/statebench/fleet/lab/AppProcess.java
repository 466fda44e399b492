package dev.statebench.fleet.lab;

import dev.statebench.UserFacingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One app instance as its own JVM ({@code statebench app}), so that a kill is a real process death: its memory,
 * and with it every {@code local} session, is gone. Started on this JVM's class path with a small heap; it exits by
 * itself when the lab's JVM ends ({@code --parent-pid}). Output goes to {@code NAME.log} in the lab's folder.
 */
public final class AppProcess {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final List<String> JVM_FLAGS = List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
      "-XX:ActiveProcessorCount=1", "-Xss512k");

  private final String name;
  private final int port;
  private final Process process;
  private final Path log;

  private AppProcess(String name, int port, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts instance {@code name} on {@code port}; {@link #awaitHealthy()} waits until it answers.
   */
  public static AppProcess spawn(ChildProcesses children, String name, int port, InstanceSpec spec, Path folder,
      long seed) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_FLAGS);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.statebench.cli.Statebench");
    command.addAll(List.of("app", "--name", name, "--port", Integer.toString(port), "--state", spec.state().label(),
        "--workers", Integer.toString(spec.workers()), "--service-dist", spec.serviceDist(),
        "--service-mean", (spec.serviceMeanNanos() / 1000) + "us", "--service-cv", Double.toString(spec.serviceCv()),
        "--login-mean", (spec.loginMeanNanos() / 1000) + "us", "--seed", Long.toString(seed),
        "--parent-pid", Long.toString(ProcessHandle.current().pid())));
    Path log = folder.resolve(name + ".log");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(spec.environment());
    Process process = children.start(builder);
    process.getOutputStream().close();
    return new AppProcess(name, port, process, log);
  }

  /**
   * Returns once the instance answers {@code GET /health}.
   *
   * @throws UserFacingException when it exits or does not answer within the start timeout
   */
  public void awaitHealthy() throws IOException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!healthy()) {
      if (!process.isAlive()) {
        String last = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
            .filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("no output");
        throw new UserFacingException("app instance " + name + " exited at start-up: " + last.strip());
      }
      if (System.nanoTime() - deadline > 0) {
        ChildProcesses.kill(process);
        throw new UserFacingException("app instance " + name + " did not answer on port " + port + " within "
            + START_TIMEOUT.toSeconds() + " s: see " + log);
      }
      HaproxyProcess.pause();
    }
  }

  /** Whether the instance answers {@code GET /health} with 200. */
  public boolean healthy() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
      socket.setSoTimeout(2000);
      OutputStream out = socket.getOutputStream();
      out.write("GET /health HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      byte[] head = in.readNBytes(12);
      return new String(head, StandardCharsets.US_ASCII).startsWith("HTTP/1.") && head.length == 12
          && new String(head, 9, 3, StandardCharsets.US_ASCII).equals("200");
    } catch (IOException e) {
      return false;
    }
  }

  /** The instance's measured service times in nanoseconds ({@code GET /service-times}). */
  public List<Long> serviceTimes() throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write("GET /service-times HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      int body = response.indexOf("\r\n\r\n");
      if (!response.startsWith("HTTP/1.1 200") || body < 0) {
        throw new IOException("instance " + name + " answered /service-times with "
            + response.lines().findFirst().orElse("nothing"));
      }
      return response.substring(body + 4).lines().filter(l -> !l.isBlank()).map(Long::parseLong).toList();
    }
  }

  /** Kills the instance at once (SIGKILL): requests in flight and local sessions are lost. */
  public void kill() {
    ChildProcesses.kill(process);
  }

  public String name() {
    return name;
  }

  public int port() {
    return port;
  }

  public boolean alive() {
    return process.isAlive();
  }

  public long pid() {
    return process.pid();
  }
}
