package dev.statebench.load;

/**
 * How a {@link LoadTarget} is opened.
 *
 * @param connections concurrent requests: the worker threads, and the size of connection pools (PostgreSQL's
 *     HikariCP pool, the Jedis pool) or the number of lettuce connections where a target has one per thread
 * @param population sessions a store target holds
 * @param keys which of them a request reads
 */
public record TargetOptions(int connections, int population, KeyChoice keys) {
  /** The default population: 10,000 sessions. */
  public static final int DEFAULT_POPULATION = 10_000;

  /** The largest population accepted. */
  public static final int MAX_POPULATION = 10_000_000;

  public TargetOptions {
    if (connections < 1) {
      throw new IllegalArgumentException("connections must be at least 1, got " + connections);
    }
    if (population < 1 || population > MAX_POPULATION) {
      throw new IllegalArgumentException("population must be 1 to " + MAX_POPULATION + ", got " + population);
    }
  }

  /** {@code connections} with the default population read uniformly. */
  public static TargetOptions withConnections(int connections) {
    return new TargetOptions(connections, DEFAULT_POPULATION, KeyChoice.UNIFORM);
  }
}
