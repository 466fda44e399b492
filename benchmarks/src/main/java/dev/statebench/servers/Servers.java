package dev.statebench.servers;

import dev.statebench.UserFacingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Redis and PostgreSQL servers that tests, benchmarks and tools talk to: external ones when
 * {@link ServerConfig} names them, otherwise real embedded servers started on first use.
 *
 * <p>Typical use:
 *
 * <pre>{@code
 * try (Servers servers = Servers.open(ServerConfig.fromEnvironment())) {
 *   RedisEndpoint redis = servers.redis();        // starts embedded redis-server, or probes the external one
 *   PostgresEndpoint postgres = servers.postgres();
 *   ...
 * }
 * }</pre>
 *
 * <p>Each server is started (or, when external, probed) the first time it is asked for, so code that needs
 * only one pays only for that one. {@link #close()} stops what was started and deletes its files; a JVM
 * shutdown hook does the same if the JVM ends first (Ctrl-C, {@code System.exit}). External servers are never
 * stopped. To hand these servers to child JVMs such as JMH forks, see {@link ServerConfig}.
 *
 * <p>Thread-safe.
 */
public final class Servers implements AutoCloseable {
  private final ServerConfig config;
  private final Durability durability;
  private final Thread shutdownHook = new Thread(this::stopEmbedded, "statebench-servers-shutdown");

  private RedisEndpoint redis;
  private PostgresEndpoint postgres;
  private EmbeddedRedisServer embeddedRedis;
  private EmbeddedPostgresServer embeddedPostgres;
  private EmbeddedPostgresReplica embeddedReplica;
  private RedisClusterEndpoint redisCluster;
  private EmbeddedRedisCluster embeddedRedisCluster;
  private boolean closed;

  private Servers(ServerConfig config, Durability durability) {
    this.config = Objects.requireNonNull(config, "config");
    this.durability = Objects.requireNonNull(durability, "durability");
  }

  /** Creates the servers component; nothing is started or probed until first asked for. */
  public static Servers open(ServerConfig config) {
    return open(config, Durability.NONE);
  }

  /**
   * Creates the servers component whose embedded servers start with {@code durability} (external servers keep their
   * own settings; {@link #durabilityInForce()} reads back what applies).
   */
  public static Servers open(ServerConfig config, Durability durability) {
    Servers servers = new Servers(config, durability);
    Runtime.getRuntime().addShutdownHook(servers.shutdownHook);
    return servers;
  }

  /** The configuration this component follows. */
  public ServerConfig config() {
    return config;
  }

  /**
   * The Redis endpoint: probes the external server, or starts the embedded one, on the first call.
   *
   * @throws UserFacingException when the server is unreachable, rejects the credentials or cannot start
   */
  public synchronized RedisEndpoint redis() {
    requireOpen();
    if (redis == null) {
      if (config.embeddedRedis()) {
        embeddedRedis = EmbeddedRedisServer.start(config.redisPort(), durability.redis());
        redis = embeddedRedis.endpoint();
      } else {
        redis = RedisProbe.probe(config.redisUrl(), false);
      }
    }
    return redis;
  }

  /**
   * The PostgreSQL endpoint: probes the external server, or starts the embedded one, on the first call.
   *
   * @throws UserFacingException when the server is unreachable, rejects the credentials or cannot start
   */
  public synchronized PostgresEndpoint postgres() {
    requireOpen();
    if (postgres == null) {
      if (config.embeddedPostgres()) {
        embeddedPostgres = EmbeddedPostgresServer.start(config.pgPort(), durability.postgresDurable());
        postgres = embeddedPostgres.endpoint();
      } else {
        postgres = PostgresProbe.probe(config.pgUrl(), config.effectivePgUser(), config.effectivePgPassword(), false);
      }
    }
    return postgres;
  }

  /**
   * A streaming read replica of the embedded PostgreSQL, started on the first call (after the primary, which it
   * starts too if needed), for lookups routed to a replica. With an external PostgreSQL, pass the replica's URL to
   * {@link PostgresProbe} instead: a replica of someone else's server cannot be made from here.
   *
   * @throws UserFacingException when the primary is external, or the replica cannot start or catch up
   */
  public synchronized PostgresEndpoint postgresReplica() {
    requireOpen();
    postgres();
    if (embeddedPostgres == null) {
      throw new UserFacingException("an embedded PostgreSQL replica needs the embedded primary; with an external"
          + " PostgreSQL pass the URL of its replica (--pg-replica-url)");
    }
    if (embeddedReplica == null) {
      embeddedReplica = EmbeddedPostgresReplica.start(embeddedPostgres, 0);
    }
    return embeddedReplica.endpoint();
  }

  /**
   * A Redis Cluster: the external one whose seed nodes are given, or — when {@code externalSeeds} is empty — an
   * embedded cluster of {@code masters} masters and {@code replicasPerMaster} replicas each, started on the first
   * call. Later calls return the same cluster whatever their arguments.
   *
   * @throws UserFacingException when no seed answers, the cluster is unhealthy, or the embedded one cannot form
   */
  public synchronized RedisClusterEndpoint redisCluster(List<String> externalSeeds, int masters, int replicasPerMaster) {
    requireOpen();
    if (redisCluster == null) {
      if (externalSeeds.isEmpty()) {
        embeddedRedisCluster = EmbeddedRedisCluster.start(masters, replicasPerMaster);
        redisCluster = embeddedRedisCluster.endpoint();
      } else {
        redisCluster = RedisClusterProbe.probe(externalSeeds);
      }
    }
    return redisCluster;
  }

  /** The embedded Redis Cluster, if this component started one (for process checks). */
  synchronized EmbeddedRedisCluster embeddedRedisCluster() {
    return embeddedRedisCluster;
  }

  /** The embedded PostgreSQL replica, if this component started one (for process and directory checks). */
  synchronized EmbeddedPostgresReplica embeddedReplica() {
    return embeddedReplica;
  }

  /**
   * Fault injection into the embedded Redis ({@code redis = true}) or PostgreSQL, started if needed: crash, freeze,
   * thaw, restart. Only embedded servers can be made to fail.
   *
   * @throws UserFacingException when that server is external
   */
  public synchronized StoreFaults faults(boolean redisServer) {
    if (redisServer) {
      redis();
      if (embeddedRedis == null) {
        throw new UserFacingException("outage experiments need the embedded Redis: unset STATEBENCH_REDIS_URL"
            + " (statebench does not crash servers it did not start)");
      }
      return embeddedRedis;
    }
    postgres();
    if (embeddedPostgres == null) {
      throw new UserFacingException("outage experiments need the embedded PostgreSQL: unset STATEBENCH_PG_URL"
          + " (statebench does not crash servers it did not start)");
    }
    return embeddedPostgres;
  }

  /** The durability the embedded servers are asked for. */
  public Durability durability() {
    return durability;
  }

  /**
   * The durability settings in force on the servers started or probed so far, read back from the servers:
   * {@code redis} and {@code postgres} entries (absent for a server not used).
   */
  public synchronized java.util.Map<String, Object> durabilityInForce() {
    java.util.Map<String, Object> inForce = new java.util.LinkedHashMap<>();
    if (redis != null) {
      inForce.put("redis", DurabilityProbe.redis(redis));
    }
    if (postgres != null) {
      inForce.put("postgres", DurabilityProbe.postgres(postgres));
    }
    return inForce;
  }

  /** The embedded Redis, if this component started one (for process and directory checks). */
  synchronized EmbeddedRedisServer embeddedRedis() {
    return embeddedRedis;
  }

  /** The embedded PostgreSQL, if this component started one (for process and directory checks). */
  synchronized EmbeddedPostgresServer embeddedPostgres() {
    return embeddedPostgres;
  }

  /** Stops the embedded servers and deletes their files. Safe to call more than once. */
  @Override
  public void close() {
    stopEmbedded();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException alreadyShuttingDown) {
      // The hook is running or about to; it finds nothing left to stop.
    }
  }

  private synchronized void stopEmbedded() {
    if (closed) {
      return;
    }
    closed = true;
    List<RuntimeException> failures = new ArrayList<>();
    if (embeddedRedis != null) {
      stop(embeddedRedis, failures);
    }
    if (embeddedRedisCluster != null) {
      stop(embeddedRedisCluster, failures);
    }
    if (embeddedReplica != null) {
      stop(embeddedReplica, failures);
    }
    if (embeddedPostgres != null) {
      stop(embeddedPostgres, failures);
    }
    if (!failures.isEmpty()) {
      RuntimeException first = failures.get(0);
      failures.subList(1, failures.size()).forEach(first::addSuppressed);
      throw first;
    }
  }

  private static void stop(AutoCloseable server, List<RuntimeException> failures) {
    try {
      server.close();
    } catch (RuntimeException e) {
      failures.add(e);
    } catch (Exception e) {
      failures.add(new IllegalStateException(e));
    }
  }

  private void requireOpen() {
    if (closed) {
      throw new IllegalStateException("servers already closed");
    }
  }
}
