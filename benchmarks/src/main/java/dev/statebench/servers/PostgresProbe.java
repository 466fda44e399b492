package dev.statebench.servers;

import dev.statebench.UserFacingException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

/**
 * Checks that a PostgreSQL server answers and accepts the credentials, and asks it for its version; fails within
 * seconds with one clear line.
 */
public final class PostgresProbe {
  /** How long to wait for the TCP connection of a probe. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

  /** How long the whole login (connection, TLS negotiation, authentication) of a probe may take. */
  public static final Duration LOGIN_TIMEOUT = Duration.ofSeconds(5);

  private PostgresProbe() {}

  /**
   * Logs in to {@code jdbcUrl}, runs {@code SHOW server_version}, and returns the endpoint with that version.
   *
   * @throws UserFacingException when the URL is malformed, the server is unreachable, the credentials are
   *     rejected or the database does not exist
   */
  public static PostgresEndpoint probe(String jdbcUrl, String user, String password, boolean embedded) {
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new UserFacingException("PostgreSQL URL '" + Redaction.redact(jdbcUrl)
          + "' is not a pgjdbc URL (expected jdbc:postgresql://HOST:PORT/DATABASE)");
    }
    try (Connection connection = DriverManager.getConnection(jdbcUrl, probeProperties(user, password));
        Statement statement = connection.createStatement();
        ResultSet version = statement.executeQuery("SHOW server_version")) {
      version.next();
      return new PostgresEndpoint(jdbcUrl, user, password, version.getString(1), embedded);
    } catch (SQLException e) {
      throw describe(jdbcUrl, user, e);
    }
  }

  /** Connection properties with the probe's short timeouts, for one-off connections. */
  static Properties probeProperties(String user, String password) {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    if (!password.isEmpty()) {
      properties.setProperty("password", password);
    }
    properties.setProperty("connectTimeout", Long.toString(CONNECT_TIMEOUT.toSeconds()));
    properties.setProperty("loginTimeout", Long.toString(LOGIN_TIMEOUT.toSeconds()));
    properties.setProperty("socketTimeout", "10");
    properties.setProperty("ApplicationName", "statebench-probe");
    return properties;
  }

  private static UserFacingException describe(String jdbcUrl, String user, SQLException e) {
    String where = Redaction.redact(jdbcUrl);
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String firstLine = Redaction.redact(String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
    if (state.equals("28P01") || state.equals("28000")) {
      return new UserFacingException("PostgreSQL at " + where + " rejected user '" + user + "' (" + firstLine
          + "): check STATEBENCH_PG_USER / --pg-user and STATEBENCH_PG_PASSWORD / --pg-password", e);
    }
    if (state.equals("3D000")) {
      return new UserFacingException("PostgreSQL at " + where + ": " + firstLine
          + " (create it or name an existing database in the URL)", e);
    }
    return new UserFacingException("PostgreSQL at " + where + " is unreachable (" + firstLine
        + "): start it, fix STATEBENCH_PG_URL / --pg-url, or use 'embedded'", e);
  }
}
