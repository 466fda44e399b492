package dev.statebench.session;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.statebench.servers.PostgresEndpoint;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Sessions in PostgreSQL through HikariCP and pgjdbc, one row per session in
 * {@code (id text primary key, user_id text, data bytea, expires_at timestamptz)} with an index on
 * {@code expires_at} for purging.
 *
 * <ul>
 *   <li>lookup: {@code SELECT data … WHERE id = ? AND expires_at > now()}, a prepared statement (pgjdbc switches
 *       to a named server-side statement after {@code prepareThreshold} executions);
 *   <li>sliding lookup: {@code UPDATE … SET expires_at = now() + ttl … RETURNING data}, one round trip;
 *   <li>revoke: {@code DELETE … RETURNING}; revoke check: {@link #exists} ({@code SELECT EXISTS});
 *   <li>populate: binary {@code COPY FROM STDIN} through pgjdbc's {@code CopyManager};
 *   <li>{@link #purgeExpired()}: expired rows are invisible to lookups but stay on disk until purged (Redis evicts
 *       them by itself), so a deployment runs the purge periodically.
 * </ul>
 *
 * <p>Expiry is always computed by the server's clock ({@code now()}), never the client's, so clock skew between
 * application hosts cannot shorten or lengthen sessions. Ids are compared with the "C" collation: byte order,
 * no locale work.
 *
 * <p>Build it with {@link #connect} (the store owns a HikariCP pool) or on any caller's {@link DataSource} (to
 * vary pgjdbc settings such as {@code prepareThreshold}) with {@link #PostgresSessionStore(DataSource, SessionTable)}.
 * Call {@link #createSchemaIfAbsent()} once before use; {@code connect} does.
 */
public final class PostgresSessionStore implements SessionStore {
  private final DataSource dataSource;
  private final HikariDataSource ownedPool;
  private final SessionTable table;
  private final String insertSql;
  private final String lookupSql;
  private final String extendSql;
  private final String revokeSql;
  private final String existsSql;
  private final String countSql;
  private final String purgeSql;
  private final String copySql;

  /** A store on a caller's data source, which stays open when the store closes. */
  public PostgresSessionStore(DataSource dataSource, SessionTable table) {
    this(dataSource, null, table);
  }

  private PostgresSessionStore(DataSource dataSource, HikariDataSource ownedPool, SessionTable table) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.ownedPool = ownedPool;
    this.table = Objects.requireNonNull(table, "table");
    String t = table.name();
    this.insertSql = "INSERT INTO " + t + " (id, user_id, data, expires_at)"
        + " VALUES (?, ?, ?, now() + make_interval(secs => ?)) ON CONFLICT (id) DO NOTHING";
    this.lookupSql = "SELECT data FROM " + t + " WHERE id = ? AND expires_at > now()";
    this.extendSql = "UPDATE " + t + " SET expires_at = now() + make_interval(secs => ?)"
        + " WHERE id = ? AND expires_at > now() RETURNING data";
    this.revokeSql = "DELETE FROM " + t + " WHERE id = ? RETURNING expires_at > now()";
    this.existsSql = "SELECT EXISTS (SELECT 1 FROM " + t + " WHERE id = ? AND expires_at > now())";
    this.countSql = "SELECT count(*) FROM " + t + " WHERE expires_at > now()";
    this.purgeSql = "DELETE FROM " + t + " WHERE expires_at <= now()";
    this.copySql = "COPY " + t + " (id, user_id, data, expires_at) FROM STDIN (FORMAT binary)";
  }

  /**
   * A store with its own HikariCP pool for {@code endpoint}, its schema created if absent.
   *
   * @throws SessionStoreException when the schema cannot be created
   */
  public static PostgresSessionStore connect(PostgresEndpoint endpoint, SessionTable table, PostgresPoolSettings pool) {
    HikariDataSource dataSource = newPool(endpoint, pool);
    try {
      PostgresSessionStore store = new PostgresSessionStore(dataSource, dataSource, table);
      store.createSchemaIfAbsent();
      return store;
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /** A store in the default table with the default pool. */
  public static PostgresSessionStore connect(PostgresEndpoint endpoint) {
    return connect(endpoint, SessionTable.DEFAULT, PostgresPoolSettings.DEFAULT);
  }

  /** A HikariCP pool for {@code endpoint} with the given settings; the caller owns and closes it. */
  public static HikariDataSource newPool(PostgresEndpoint endpoint, PostgresPoolSettings settings) {
    return newPool(endpoint, settings, Map.of());
  }

  /**
   * A HikariCP pool as {@link #newPool(PostgresEndpoint, PostgresPoolSettings)} with extra pgjdbc connection
   * properties, e.g. {@code prepareThreshold} or {@code preferQueryMode}; the caller owns and closes it.
   */
  public static HikariDataSource newPool(PostgresEndpoint endpoint, PostgresPoolSettings settings,
      Map<String, String> driverProperties) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("statebench-sessions");
    config.setJdbcUrl(endpoint.jdbcUrl());
    config.setUsername(endpoint.user());
    if (!endpoint.password().isEmpty()) {
      config.setPassword(endpoint.password());
    }
    config.setMaximumPoolSize(settings.maximumPoolSize());
    config.setConnectionTimeout(settings.connectionTimeout().toMillis());
    config.addDataSourceProperty("connectTimeout", Long.toString(Math.max(1, settings.connectionTimeout().toSeconds())));
    config.addDataSourceProperty("socketTimeout", Long.toString(Math.max(1, settings.socketTimeout().toSeconds())));
    config.addDataSourceProperty("ApplicationName", "statebench");
    driverProperties.forEach(config::addDataSourceProperty);
    return new HikariDataSource(config);
  }

  /** The table this store uses. */
  public SessionTable table() {
    return table;
  }

  /** Creates the table and its expiry index unless they exist; safe to run repeatedly. */
  public void createSchemaIfAbsent() {
    String t = table.name();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE " + (table.unlogged() ? "UNLOGGED " : "") + "TABLE IF NOT EXISTS " + t + " ("
          + "id text COLLATE \"C\" PRIMARY KEY, "
          + "user_id text NOT NULL, "
          + "data bytea NOT NULL, "
          + "expires_at timestamptz NOT NULL)");
      statement.execute("CREATE INDEX IF NOT EXISTS " + t + "_expires_at_idx ON " + t + " (expires_at)");
    } catch (SQLException e) {
      throw failure("schema creation", e);
    }
  }

  @Override
  public SessionId create(SessionData data, Duration ttl) {
    double seconds = seconds(SessionStore.requireValidTtl(ttl));
    byte[] value = SessionDataCodec.encode(data);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(insertSql)) {
      while (true) {
        SessionId id = SessionId.random();
        insert.setString(1, id.value());
        insert.setString(2, data.userId());
        insert.setBytes(3, value);
        insert.setDouble(4, seconds);
        if (insert.executeUpdate() == 1) {
          return id;
        }
      }
    } catch (SQLException e) {
      throw failure("INSERT", e);
    }
  }

  @Override
  public Optional<SessionData> lookup(SessionId id) {
    String key = id.value();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(lookupSql)) {
      select.setString(1, key);
      return firstData(select);
    } catch (SQLException e) {
      throw failure("SELECT", e);
    }
  }

  @Override
  public Optional<SessionData> lookupAndExtend(SessionId id, Duration ttl) {
    String key = id.value();
    double seconds = seconds(SessionStore.requireValidTtl(ttl));
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update = connection.prepareStatement(extendSql)) {
      update.setDouble(1, seconds);
      update.setString(2, key);
      return firstData(update);
    } catch (SQLException e) {
      throw failure("UPDATE … RETURNING", e);
    }
  }

  /**
   * Whether a live session has this id, without fetching its data: the revoke-check shape ({@code SELECT EXISTS}),
   * answered from the primary-key index.
   */
  public boolean exists(SessionId id) {
    String key = id.value();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(existsSql)) {
      select.setString(1, key);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() && rows.getBoolean(1);
      }
    } catch (SQLException e) {
      throw failure("SELECT EXISTS", e);
    }
  }

  @Override
  public boolean revoke(SessionId id) {
    String key = id.value();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement(revokeSql)) {
      delete.setString(1, key);
      try (ResultSet rows = delete.executeQuery()) {
        return rows.next() && rows.getBoolean(1);
      }
    } catch (SQLException e) {
      throw failure("DELETE", e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>COPY cannot update rows: the ids must not exist in the table yet, or the whole population is rolled back
   * with a {@link SessionStoreException} (a duplicate-key error). Expiry is the server's {@code now()} plus
   * {@code ttl}, read once at the start.
   */
  @Override
  public long populate(long seed, int count, LongFunction<SessionData> dataForIndex, Duration ttl) {
    SessionStore.requireValidCount(count);
    SessionStore.requireValidTtl(ttl);
    try (Connection connection = dataSource.getConnection()) {
      Instant expiresAt = serverNow(connection).plus(ttl);
      PGCopyOutputStream copyStream = new PGCopyOutputStream(connection.unwrap(PGConnection.class), copySql, 1 << 16);
      try (PostgresBinaryCopy copy = new PostgresBinaryCopy(copyStream)) {
        for (int i = 0; i < count; i++) {
          SessionData data = dataForIndex.apply(i);
          copy.writeRow(SessionId.deterministic(seed, i), data.userId(), SessionDataCodec.encode(data), expiresAt);
        }
        copy.finish();
      } catch (IOException | RuntimeException e) {
        if (copyStream.isActive()) {
          copyStream.cancelCopy();
        }
        throw e;
      }
      return count;
    } catch (SQLException | IOException e) {
      throw failure("COPY", e);
    }
  }

  @Override
  public long count() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(countSql)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw failure("SELECT count(*)", e);
    }
  }

  /** Empties the table with {@code TRUNCATE}. */
  @Override
  public void clear() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("TRUNCATE " + table.name());
    } catch (SQLException e) {
      throw failure("TRUNCATE", e);
    }
  }

  /**
   * Deletes every expired row and returns how many went. Run it periodically (e.g. from a scheduler or
   * {@code pg_cron}); lookups are correct without it, but dead rows cost space and index size.
   */
  public long purgeExpired() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      return statement.executeLargeUpdate(purgeSql);
    } catch (SQLException e) {
      throw failure("purge", e);
    }
  }

  /** Closes the pool if {@link #connect} created it; a caller's data source stays open. */
  @Override
  public void close() {
    if (ownedPool != null) {
      ownedPool.close();
    }
  }

  private static Optional<SessionData> firstData(PreparedStatement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery()) {
      return rows.next() ? Optional.of(SessionDataCodec.decode(rows.getBytes(1))) : Optional.empty();
    }
  }

  private static Instant serverNow(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT now()")) {
      rows.next();
      return rows.getObject(1, OffsetDateTime.class).toInstant();
    }
  }

  private static double seconds(Duration ttl) {
    return ttl.toMillis() / 1000.0;
  }

  private SessionStoreException failure(String operation, Exception e) {
    return new SessionStoreException("PostgreSQL " + operation + " on table " + table.name() + " failed: "
        + e.getMessage(), e);
  }
}
