package dev.statebench.jmh;

/** Whether the session table writes the WAL: the {@code logging} axis of {@link PostgresLookupBenchmark}. */
public enum TableLogging {
  /** An ordinary table: durable and replicated. */
  LOGGED,
  /** {@code CREATE UNLOGGED TABLE}: no WAL, emptied after a crash, not replicated. */
  UNLOGGED;

  boolean unlogged() {
    return this == UNLOGGED;
  }
}
