package dev.statebench.jmh;

import java.util.Map;

/**
 * How pgjdbc sends a statement: the {@code protocol} axis of {@link PostgresLookupBenchmark}, as connection properties.
 * pgjdbc keeps a per-connection cache of prepared statements, so with a pool the default switches to a named
 * server-side statement after {@code prepareThreshold} (5) executions of the same SQL on a connection.
 */
public enum PgProtocol {
  /** pgjdbc's defaults: extended protocol, server-prepared after 5 executions. */
  DEFAULT(Map.of()),
  /** {@code prepareThreshold=1}: server-prepared from the first execution. */
  PREPARE_FIRST(Map.of("prepareThreshold", "1")),
  /** {@code preferQueryMode=simple}: parameters inlined as text, parsed and planned on every call. */
  SIMPLE(Map.of("preferQueryMode", "simple"));

  private final Map<String, String> properties;

  PgProtocol(Map<String, String> properties) {
    this.properties = properties;
  }

  /** The pgjdbc connection properties of this protocol. */
  public Map<String, String> properties() {
    return properties;
  }
}
