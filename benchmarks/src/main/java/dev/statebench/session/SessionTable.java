package dev.statebench.session;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where {@link PostgresSessionStore} keeps sessions: a table name and whether the table is {@code UNLOGGED}.
 *
 * <p>An unlogged table skips the write-ahead log: writes are cheaper, but the table is emptied after a crash and
 * is not replicated. Sessions are often considered disposable enough for that; benchmarks compare both.
 *
 * @param name a lower-case SQL identifier (letters, digits, underscores; at most 50 characters so derived index
 *     names stay within PostgreSQL's 63-byte limit)
 * @param unlogged whether to create the table {@code UNLOGGED}
 */
public record SessionTable(String name, boolean unlogged) {
  private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,49}");

  /** The default: a logged table named {@code statebench_sessions}. */
  public static final SessionTable DEFAULT = new SessionTable("statebench_sessions", false);

  public SessionTable {
    Objects.requireNonNull(name, "name");
    if (!IDENTIFIER.matcher(name).matches()) {
      throw new IllegalArgumentException("table name must match " + IDENTIFIER.pattern() + ", got '" + name + "'");
    }
  }

  /** A logged table with the given name. */
  public static SessionTable named(String name) {
    return new SessionTable(name, false);
  }
}
