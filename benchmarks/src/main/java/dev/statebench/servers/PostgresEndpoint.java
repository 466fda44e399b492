package dev.statebench.servers;

import java.net.URI;
import java.util.Objects;

/**
 * Where a PostgreSQL server answers: a JDBC URL ({@code jdbc:postgresql://host:port/db}), the user and password
 * to log in with, and the version it reported.
 *
 * <p>{@link #toString()} and {@link #redactedJdbcUrl()} never contain the password.
 *
 * @param jdbcUrl the pgjdbc URL
 * @param user the user name to log in as
 * @param password the password, empty when the server does not ask for one; never print it
 * @param version the server's {@code server_version}
 * @param embedded whether statebench started this server itself
 */
public record PostgresEndpoint(String jdbcUrl, String user, String password, String version, boolean embedded) {

  public PostgresEndpoint {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(version, "version");
  }

  /** The JDBC URL with any {@code password=} parameter masked. */
  public String redactedJdbcUrl() {
    return Redaction.redact(jdbcUrl);
  }

  /** The host name from the JDBC URL (the first one when the URL lists several). */
  public String host() {
    return hostAndPort().getHost();
  }

  /** The port from the JDBC URL, 5432 when the URL names none. */
  public int port() {
    int port = hostAndPort().getPort();
    return port < 0 ? 5432 : port;
  }

  /** The database name from the JDBC URL. */
  public String database() {
    String path = hostAndPort().getPath();
    return path == null || path.length() <= 1 ? user : path.substring(1);
  }

  private URI hostAndPort() {
    String withoutPrefix = jdbcUrl.substring("jdbc:".length());
    int firstComma = withoutPrefix.indexOf(',');
    if (firstComma >= 0) {
      int pathStart = withoutPrefix.indexOf('/', "postgresql://".length());
      withoutPrefix = withoutPrefix.substring(0, firstComma) + (pathStart > 0 ? withoutPrefix.substring(pathStart) : "");
    }
    return URI.create(withoutPrefix);
  }

  @Override
  public String toString() {
    return "PostgreSQL " + version + " at " + redactedJdbcUrl() + " as " + user
        + (embedded ? " (embedded)" : " (external)");
  }
}
