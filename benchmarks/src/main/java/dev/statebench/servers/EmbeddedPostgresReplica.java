package dev.statebench.servers;

import dev.statebench.UserFacingException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * A physical streaming replica (a hot standby) of an {@link EmbeddedPostgresServer}, itself a real PostgreSQL
 * started from the same binaries, for measuring what reading sessions from a replica does to revocation.
 *
 * <p><b>How it is made.</b> The embedded binaries ship {@code initdb}, {@code pg_ctl} and {@code postgres} only —
 * there is no {@code pg_basebackup} — so the base backup is taken with the low-level backup API, as the
 * PostgreSQL manual describes in "Making a Base Backup Using the Low Level API"
 * (https://www.postgresql.org/docs/17/continuous-archiving.html#BACKUP-LOWLEVEL-BASE-BACKUP):
 *
 * <ol>
 *   <li>a physical replication slot is created on the primary first, reserving WAL from now on, so that nothing
 *       the replica needs is recycled while it copies and catches up;
 *   <li>{@code pg_backup_start(label, fast => true)} on one connection; the primary's data directory is copied
 *       file by file while the primary keeps running, leaving out what the manual says to leave out
 *       ({@code pg_wal} content, {@code postmaster.pid}, {@code pg_replslot}, temporary statistics, …);
 *   <li>{@code pg_backup_stop()} on the same connection returns the {@code backup_label} content, written into the
 *       copy; a {@code standby.signal} file and {@code primary_conninfo}/{@code primary_slot_name} make the copy
 *       start as a standby that streams WAL from the slot.
 * </ol>
 *
 * <p>Physical rather than logical replication because physical streaming is what production read replicas of
 * PostgreSQL (and managed services' read replicas) use, and it replays every write in commit order, including the
 * {@code DELETE} of a revoked session, with the replay delay this class exists to measure.
 *
 * <p>The replica is read-only, listens on 127.0.0.1 on its own port, and lives in a private temporary directory
 * that {@link #close()} removes (registered with the {@link ProcessReaper} like the primary). {@link #close()}
 * also drops the replication slot so that the primary stops retaining WAL for it.
 */
public final class EmbeddedPostgresReplica implements AutoCloseable {
  private static final Duration STARTUP_DEADLINE = Duration.ofSeconds(30);
  private static final Duration CATCH_UP_DEADLINE = Duration.ofSeconds(30);
  private static final Duration POLL_INTERVAL = Duration.ofMillis(2);
  private static final Duration SLOT_RELEASE_DEADLINE = Duration.ofSeconds(5);
  private static final String SLOT = "statebench_replica";

  /** Top-level entries of a data directory that the low-level backup procedure leaves out (their content). */
  private static final Set<String> EMPTIED = Set.of("pg_wal", "pg_replslot", "pg_dynshmem", "pg_notify", "pg_serial",
      "pg_snapshots", "pg_stat_tmp", "pg_subtrans");

  /** Top-level files that must not be copied: the running primary's process markers and zonky's lock. */
  private static final Set<String> SKIPPED = Set.of("postmaster.pid", "postmaster.opts", "epg-lock", "backup_label",
      "tablespace_map", "standby.signal", "recovery.signal");

  private final EmbeddedPostgresServer primary;
  private final TemporaryDirectory directory;
  private final EmbeddedPostgres postgres;
  private final PostgresEndpoint endpoint;

  private EmbeddedPostgresReplica(EmbeddedPostgresServer primary, TemporaryDirectory directory,
      EmbeddedPostgres postgres, PostgresEndpoint endpoint) {
    this.primary = primary;
    this.directory = directory;
    this.postgres = postgres;
    this.endpoint = endpoint;
  }

  /**
   * Takes a base backup of {@code primary}, starts it as a streaming standby on {@code port} (0 for a free one) and
   * returns once it accepts read-only queries and has replayed everything the primary had committed at the start.
   *
   * @throws UserFacingException when the replica cannot start or does not catch up within its deadline
   */
  public static EmbeddedPostgresReplica start(EmbeddedPostgresServer primary, int port) {
    return LocalPorts.withRetryOnEphemeralConflict(port, chosen -> startOnce(primary, chosen));
  }

  private static EmbeddedPostgresReplica startOnce(EmbeddedPostgresServer primary, int port) {
    int chosenPort = LocalPorts.claim(port, "PostgreSQL replica");
    TemporaryDirectory directory = TemporaryDirectory.create("statebench-pg-replica-");
    ProcessReaper.instance().register(directory.path());
    Path data = directory.path().resolve("data");
    Path log = directory.path().resolve("postgres.log");
    EmbeddedPostgres postgres = null;
    try (Connection connection = primaryConnection(primary.endpoint())) {
      createSlot(connection);
      String label = baseBackup(connection, primary.directory().resolve("data"), data);
      Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
      Files.writeString(data.resolve("backup_label"), label, StandardCharsets.UTF_8);
      Files.createFile(data.resolve("standby.signal"));
      // In the configuration file rather than as -c options: zonky hands options to pg_ctl as one string split on
      // spaces, which a conninfo string cannot survive.
      Files.writeString(data.resolve("postgresql.auto.conf"), "primary_conninfo = 'host=127.0.0.1 port="
          + primary.endpoint().port() + " user=" + EmbeddedPostgresServer.USER
          + " application_name=statebench_replica'\nprimary_slot_name = '" + SLOT + "'\nhot_standby = on\n",
          StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      String primaryLsn = currentLsn(connection);
      postgres = EmbeddedPostgres.builder()
          .setPort(chosenPort)
          .setDataDirectory(data)
          .setCleanDataDirectory(false)
          .setRegisterShutdownHook(false)
          .setServerConfig("listen_addresses", "127.0.0.1")
          .setServerConfig("unix_socket_directories", directory.path().toString())
          .setOutputRedirector(Redirect.appendTo(log.toFile()))
          .setErrorRedirector(Redirect.appendTo(log.toFile()))
          .setPGStartupWait(STARTUP_DEADLINE)
          .start();
      String jdbcUrl = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + EmbeddedPostgresServer.DATABASE;
      PostgresEndpoint endpoint = PostgresProbe.probe(jdbcUrl, EmbeddedPostgresServer.USER, "", true);
      EmbeddedPostgresReplica replica = new EmbeddedPostgresReplica(primary, directory, postgres, endpoint);
      replica.postmaster().ifPresent(ProcessReaper.instance()::register);
      replica.awaitReplayed(primaryLsn, CATCH_UP_DEADLINE);
      return replica;
    } catch (IOException | SQLException | RuntimeException e) {
      EmbeddedPostgresServer.closeQuietly(postgres);
      dropSlotQuietly(primary.endpoint());
      String lastLine = lastLogLine(log);
      directory.delete();
      ProcessReaper.instance().forget(directory.path());
      if (e instanceof UserFacingException userFacing) {
        throw userFacing;
      }
      throw new UserFacingException("the embedded PostgreSQL replica cannot start (" + e.getMessage()
          + (lastLine.isEmpty() ? "" : "; log: " + lastLine) + "): use a primary-only run or set an external replica URL", e);
    }
  }

  /** Where the replica answers read-only queries (user {@value EmbeddedPostgresServer#USER}, no password). */
  public PostgresEndpoint endpoint() {
    return endpoint;
  }

  /** The private directory holding the replica's data and log, deleted on {@link #close()}. */
  public Path directory() {
    return directory.path();
  }

  /** The replica's postmaster, read from its {@code postmaster.pid}. */
  public Optional<ProcessHandle> postmaster() {
    return PostmasterPid.read(directory.path().resolve("data"));
  }

  /**
   * Waits until the replica has replayed WAL up to {@code lsn} (a {@code pg_lsn} text such as {@code 0/3000148}).
   *
   * @throws UserFacingException when it has not within {@code deadline}
   */
  public void awaitReplayed(String lsn, Duration deadline) {
    long end = System.nanoTime() + deadline.toNanos();
    try (Connection connection = DriverManager.getConnection(endpoint.jdbcUrl(), EmbeddedPostgresServer.USER, "");
        Statement statement = connection.createStatement()) {
      while (true) {
        try (ResultSet rows = statement.executeQuery(
            "SELECT pg_last_wal_replay_lsn() >= '" + lsn + "'::pg_lsn")) {
          if (rows.next() && rows.getBoolean(1)) {
            return;
          }
        }
        if (System.nanoTime() > end) {
          throw new UserFacingException("the PostgreSQL replica did not catch up with the primary (LSN " + lsn
              + ") within " + deadline.toSeconds() + " s: check the primary's WAL settings and the replica's log in "
              + directory.path());
        }
        LockSupport.parkNanos(POLL_INTERVAL.toNanos());
      }
    } catch (SQLException e) {
      throw new UserFacingException("cannot ask the PostgreSQL replica how far it has replayed: " + e.getMessage(), e);
    }
  }

  /** The primary's current WAL position, for {@link #awaitReplayed}. */
  public String primaryLsn() {
    try (Connection connection = primaryConnection(primary.endpoint())) {
      return currentLsn(connection);
    } catch (SQLException e) {
      throw new UserFacingException("cannot read the primary's WAL position: " + e.getMessage(), e);
    }
  }

  /** Stops the replica, drops its replication slot on the primary and deletes its directory. */
  @Override
  public void close() {
    Optional<ProcessHandle> postmaster = postmaster();
    try {
      postgres.close();
      postmaster.ifPresent(ProcessReaper.instance()::forget);
    } catch (IOException e) {
      throw new UserFacingException("cannot stop the embedded PostgreSQL replica cleanly: " + e.getMessage(), e);
    } finally {
      dropSlotQuietly(primary.endpoint());
      directory.delete();
      ProcessReaper.instance().forget(directory.path());
    }
  }

  private static Connection primaryConnection(PostgresEndpoint primary) throws SQLException {
    return DriverManager.getConnection(primary.jdbcUrl(), primary.user(), primary.password());
  }

  private static void createSlot(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = '"
          + SLOT + "' AND NOT active");
      statement.execute("SELECT pg_create_physical_replication_slot('" + SLOT + "', true)");
    }
  }

  private static String baseBackup(Connection connection, Path from, Path to) throws SQLException, IOException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_backup_start('statebench-replica', true)");
      copyDataDirectory(from, to);
      try (ResultSet rows = statement.executeQuery("SELECT labelfile FROM pg_backup_stop(false)")) {
        if (!rows.next()) {
          throw new SQLException("pg_backup_stop returned no backup label");
        }
        return rows.getString(1);
      }
    }
  }

  private static String currentLsn(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT pg_current_wal_lsn()::text")) {
      rows.next();
      return rows.getString(1);
    }
  }

  private static void copyDataDirectory(Path from, Path to) throws IOException {
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        Path target = to.resolve(from.relativize(dir).toString());
        Files.createDirectories(target);
        Path parent = dir.getParent();
        boolean emptied = parent != null && parent.equals(from) && EMPTIED.contains(dir.getFileName().toString());
        if (emptied) {
          if (dir.getFileName().toString().equals("pg_wal")) {
            Files.createDirectories(target.resolve("archive_status"));
          }
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        String name = file.getFileName().toString();
        boolean topLevel = from.equals(file.getParent());
        if ((topLevel && SKIPPED.contains(name)) || name.startsWith("pgsql_tmp")) {
          return FileVisitResult.CONTINUE;
        }
        Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException failure) {
        // A file the running primary removed while we copied (a temporary or recycled file): the WAL replay
        // that follows restores whatever it held, which is exactly why the backup API allows a live copy.
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private static void dropSlotQuietly(PostgresEndpoint primary) {
    long end = System.nanoTime() + SLOT_RELEASE_DEADLINE.toNanos();
    try (Connection connection = primaryConnection(primary); Statement statement = connection.createStatement()) {
      while (true) {
        try (ResultSet rows = statement.executeQuery("SELECT active FROM pg_replication_slots WHERE slot_name = '"
            + SLOT + "'")) {
          if (!rows.next()) {
            return;
          }
          if (!rows.getBoolean(1) || System.nanoTime() > end) {
            break;
          }
        }
        LockSupport.parkNanos(POLL_INTERVAL.toNanos());
      }
      statement.execute("SELECT pg_drop_replication_slot('" + SLOT + "')");
    } catch (SQLException e) {
      // The primary is gone, or the slot is still held by a walsender that is ending: nothing more to release here.
    }
  }


  private static String lastLogLine(Path log) {
    try {
      if (!Files.exists(log)) {
        return "";
      }
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      for (int i = lines.size() - 1; i >= 0; i--) {
        if (!lines.get(i).isBlank()) {
          return lines.get(i).trim();
        }
      }
      return "";
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }
}
