package dev.statebench.servers;

import dev.statebench.UserFacingException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import redis.embedded.RedisExecProvider;

/**
 * A real {@code redis-server} process, the binary shipped by {@code org.signal:embedded-redis}, listening on
 * 127.0.0.1 without snapshots, with the append-only file off unless asked for ({@link Durability}), and every file (binary copy, log) in one private temporary directory
 * that {@link #close()} removes.
 *
 * <p>The process and the directory are registered with the {@link ProcessReaper}, so they go even when the JVM
 * that started them is killed with SIGKILL.
 *
 * <p>The process is started here rather than through the library's {@code RedisServer} so that its working
 * directory, log and configuration stay inside that directory and a failed start can be explained from the log.
 */
public final class EmbeddedRedisServer implements AutoCloseable, StoreFaults {
  private static final Duration STARTUP_DEADLINE = Duration.ofSeconds(15);

  /**
   * The log line of a port (client or cluster bus) that another process bound between our check and the server's
   * bind. The embedded binary's C library words the error "Address in use"; glibc words it "Address already in use".
   */
  private static final Pattern BUSY_PORT =
      Pattern.compile("Could not create server TCP listening socket \\S*:(\\d+): bind: Address (?:already )?in use");

  private static final Duration STOP_GRACE = Duration.ofSeconds(5);

  private final TemporaryDirectory directory;
  private final List<String> command;
  private final RedisEndpoint endpoint;
  private volatile Process process;

  private EmbeddedRedisServer(TemporaryDirectory directory, List<String> command, Process process,
      RedisEndpoint endpoint) {
    this.directory = directory;
    this.command = List.copyOf(command);
    this.process = process;
    this.endpoint = endpoint;
  }

  /**
   * Starts a server on {@code port} (0 for a free ephemeral port) and returns once it answers {@code PING}.
   *
   * @throws UserFacingException when the port is taken or the binary cannot run here
   */
  public static EmbeddedRedisServer start(int port) {
    return start(port, Durability.RedisAppendOnly.NO);
  }

  /**
   * Starts a server on {@code port} with the given append-only-file policy (the AOF lives in the private directory).
   *
   * @throws UserFacingException when the port is taken or the binary cannot run here
   */
  public static EmbeddedRedisServer start(int port, Durability.RedisAppendOnly appendOnly) {
    return LocalPorts.withRetryOnEphemeralConflict(port,
        chosen -> startOnce(chosen, appendOnly, List.of(), "statebench-redis-"));
  }

  /**
   * Starts a cluster-mode node ({@code cluster-enabled yes}) on a free port, its cluster bus on another free port,
   * for {@link EmbeddedRedisCluster}. The node knows no slots and no peers yet.
   */
  static EmbeddedRedisServer startClusterNode() {
    return LocalPorts.withRetryOnEphemeralConflict(0,
        chosen -> startClusterNode(chosen, LocalPorts.claim(0, "Redis cluster bus")));
  }

  /** One attempt at a cluster-mode node on {@code port} with its cluster bus on {@code busPort}. */
  static EmbeddedRedisServer startClusterNode(int port, int busPort) {
    return startOnce(port, Durability.RedisAppendOnly.NO,
        List.of("--cluster-enabled", "yes",
            "--cluster-port", Integer.toString(busPort),
            "--cluster-config-file", "nodes.conf",
            "--cluster-node-timeout", "3000"), "statebench-redis-node-");
  }

  private static EmbeddedRedisServer startOnce(int port, Durability.RedisAppendOnly appendOnly,
      List<String> extraArguments, String directoryPrefix) {
    int chosenPort = LocalPorts.claim(port, "Redis");
    TemporaryDirectory directory = TemporaryDirectory.create(directoryPrefix);
    ProcessReaper.instance().register(directory.path());
    Process process = null;
    try {
      Path binary = installBinary(directory.path());
      Path log = directory.path().resolve("redis.log");
      List<String> command = new ArrayList<>(List.of(binary.toString(),
          "--port", Integer.toString(chosenPort),
          "--bind", "127.0.0.1",
          "--dir", directory.path().toString(),
          "--save", "",
          "--appendonly", appendOnly == Durability.RedisAppendOnly.NO ? "no" : "yes",
          "--appendfsync", appendOnly == Durability.RedisAppendOnly.ALWAYS ? "always" : "everysec",
          "--daemonize", "no",
          "--protected-mode", "yes"));
      command.addAll(extraArguments);
      process = new ProcessBuilder(command)
          .directory(directory.path().toFile())
          .redirectErrorStream(true)
          .redirectOutput(log.toFile())
          .start();
      ProcessReaper.instance().register(process.toHandle());
      RedisEndpoint endpoint = awaitReady(process, log, chosenPort, 0);
      return new EmbeddedRedisServer(directory, command, process, endpoint);
    } catch (IOException | RuntimeException e) {
      stopProcess(process);
      directory.delete();
      ProcessReaper.instance().forget(directory.path());
      if (e instanceof UserFacingException userFacing) {
        throw userFacing;
      }
      throw new UserFacingException("the embedded redis-server cannot start on this machine (" + e.getMessage()
          + "): set STATEBENCH_REDIS_URL to an external Redis", e);
    }
  }

  @Override
  public String server() {
    return "Redis";
  }

  @Override
  public void kill() {
    ProcessSignals.kill(List.of(process.toHandle()));
  }

  @Override
  public void freeze() {
    ProcessSignals.stop(List.of(process.toHandle()));
  }

  @Override
  public void thaw() {
    ProcessSignals.resume(List.of(process.toHandle()));
  }

  /** Starts the same command again (same port, same directory, so an append-only file is replayed). */
  @Override
  public synchronized void restart() {
    Process old = process;
    if (old.isAlive()) {
      kill();
    }
    ProcessReaper.instance().forget(old.toHandle());
    Path log = directory.path().resolve("redis.log");
    try {
      // Counted before the new process starts: counted after, a fast start's own line would already be included
      // and the wait below would never see one more.
      long readyBefore = readyLinesIn(log);
      Process started = new ProcessBuilder(command)
          .directory(directory.path().toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
          .start();
      ProcessReaper.instance().register(started.toHandle());
      process = started;
      awaitReady(started, log, endpoint.port(), readyBefore);
    } catch (IOException e) {
      throw new UserFacingException("the embedded redis-server cannot restart: " + e.getMessage(), e);
    }
  }

  /** Where the server answers and its version. */
  public RedisEndpoint endpoint() {
    return endpoint;
  }

  /** The server's process, for checks that it is gone after {@link #close()}. */
  public ProcessHandle processHandle() {
    return process.toHandle();
  }

  /** The private directory holding the binary and the log, deleted on {@link #close()}. */
  public Path directory() {
    return directory.path();
  }

  /** Stops the server (SIGTERM, then SIGKILL after a grace period) and deletes its directory. */
  @Override
  public void close() {
    stopProcess(process);
    directory.delete();
    ProcessReaper.instance().forget(directory.path());
  }

  private static Path installBinary(Path directory) throws IOException {
    File extracted = RedisExecProvider.defaultProvider().get();
    Path binary = directory.resolve("redis-server");
    Files.move(extracted.toPath(), binary, StandardCopyOption.REPLACE_EXISTING);
    Files.deleteIfExists(extracted.toPath().getParent());
    if (!binary.toFile().setExecutable(true, true)) {
      throw new IOException("cannot make " + binary + " executable");
    }
    return binary;
  }

  private static final String READY = "Ready to accept connections";

  /** How many times the log says the server became ready (once per start). */
  private static long readyLinesIn(Path log) throws IOException {
    return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .filter(line -> line.contains(READY)).count() : 0;
  }

  /** Waits until the log says ready once more than {@code readyBefore} times, then probes the server. */
  private static RedisEndpoint awaitReady(Process process, Path log, int port, long readyBefore) throws IOException {
    String uri = "redis://127.0.0.1:" + port;
    long deadline = System.nanoTime() + STARTUP_DEADLINE.toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw startFailure(log);
      }
      if (readyLinesIn(log) > readyBefore) {
        return RedisProbe.probe(uri, true);
      }
      if (System.nanoTime() > deadline) {
        throw new UserFacingException("the embedded redis-server did not become ready within "
            + STARTUP_DEADLINE.toSeconds() + " s (last log line: " + lastLine(log) + ")");
      }
      sleepBriefly();
    }
  }

  private static UserFacingException startFailure(Path log) throws IOException {
    Matcher busy = BUSY_PORT.matcher(Files.readString(log, StandardCharsets.UTF_8));
    if (busy.find()) {
      return LocalPorts.portInUse(Integer.parseInt(busy.group(1)), "Redis", null);
    }
    return new UserFacingException("the embedded redis-server exited during start-up (" + lastLine(log)
        + "): set STATEBENCH_REDIS_URL to an external Redis");
  }

  private static String lastLine(Path log) throws IOException {
    if (!Files.exists(log)) {
      return "no output";
    }
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (!lines.get(i).isBlank()) {
        return lines.get(i).trim();
      }
    }
    return "no output";
  }

  private static void sleepBriefly() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserFacingException("interrupted while waiting for the embedded redis-server to start");
    }
  }

  private static void stopProcess(Process process) {
    if (process == null) {
      return;
    }
    ProcessReaper.instance().forget(process.toHandle());
    process.destroy();
    try {
      if (!process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
