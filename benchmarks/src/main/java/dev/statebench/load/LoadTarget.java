package dev.statebench.load;

import dev.statebench.hybrid.RedisDenylist;
import dev.statebench.hybrid.RevocableVerifier;
import dev.statebench.jwt.CryptoProvider;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.JwtVerifier;
import dev.statebench.jwt.TokenIssuer;
import dev.statebench.jwt.TokenProfile;
import dev.statebench.jwt.VerifierConfiguration;
import dev.statebench.jwt.VerifyPath;
import dev.statebench.jwt.gate.SecurityGate;
import dev.statebench.load.cpu.CpuMeter;
import dev.statebench.load.cpu.StoreCpuMeters;
import dev.statebench.servers.Servers;
import dev.statebench.session.JedisSessionStore;
import dev.statebench.session.PostgresPoolSettings;
import dev.statebench.session.PostgresSessionStore;
import dev.statebench.session.RedisSessionStore;
import dev.statebench.session.SessionTable;
import dev.statebench.servers.RedisClusterEndpoint;
import io.lettuce.core.RedisClient;
import io.lettuce.core.cluster.RedisClusterClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What one request does under load: the {@code --target} of {@code statebench load} and the {@code target} axis of the
 * multi-threaded throughput benchmark. Each constant is the factory of its {@link TargetClient} and names the client
 * library and pool it uses ({@link #client()}), so a row never compares client designs under a store's name.
 *
 * <p>Store targets hold {@link TargetOptions#population()} sessions of {@value #PAYLOAD} bytes and every request is a
 * hit on a session drawn by {@link TargetOptions#keys()} from the whole population. Token targets verify a pool of
 * {@value #TOKENS} distinct TYPICAL tokens through the REUSED path (JDK provider; EdDSA through Tink, which nimbus
 * uses whatever the provider) after the security gate, one verifier per thread (verifiers are not thread-safe).
 * {@link #NOOP} does nothing: the generator's own floor.
 */
public enum LoadTarget {
  /** Returns at once: what the generator itself adds to every response time and costs in CPU. */
  NOOP("none (control target)") {
    @Override
    public TargetClient open(Servers servers, TargetOptions options) {
      return new NoopClient();
    }
  },
  /** Redis {@code GET} through {@link RedisSessionStore}: every thread shares one lettuce connection. */
  REDIS("lettuce, one shared connection") {
    @Override
    public TargetClient open(Servers servers, TargetOptions options) {
      RedisClient client = RedisSessionStore.newClient(servers.redis().uri());
      RedisSessionStore store = new RedisSessionStore(client, KEY_PREFIX);
      return StoreClient.populated(store, store::lookup, options, StoreMemory.redis(servers.redis().uri()),
          () -> client.shutdown(Duration.ZERO, Duration.ofSeconds(2)));
    }
  },
  /** Redis {@code GET} through {@link RedisSessionStore}: one lettuce connection per worker thread. */
  REDIS_LETTUCE_PER_THREAD("lettuce, one connection per thread") {
    @Override
    public TargetClient open(Servers servers, TargetOptions options) {
      RedisClient client = RedisSessionStore.newClient(servers.redis().uri());
      RedisSessionStore loader = new RedisSessionStore(client, KEY_PREFIX);
      PerThreadStores stores = new PerThreadStores(() -> new RedisSessionStore(client, KEY_PREFIX));
      return StoreClient.populated(loader, stores, options, StoreMemory.redis(servers.redis().uri()), () -> {
        stores.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
      });
    }
  },
  /** Redis {@code GET} through {@link JedisSessionStore}: a Jedis pool of one blocking connection per worker. */
  REDIS_JEDIS("Jedis, pool = connections") {
    @Override
    public TargetClient open(Servers servers, TargetOptions options) {
      JedisSessionStore store = new JedisSessionStore(servers.redis().uri(), KEY_PREFIX, options.connections());
      return StoreClient.populated(store, store::lookup, options, StoreMemory.redis(servers.redis().uri()), () -> { });
    }
  },
  /** PostgreSQL primary-key lookup through {@link PostgresSessionStore}: HikariCP pool sized to the workers. */
  POSTGRES("pgjdbc + HikariCP, pool = connections") {
    @Override
    public TargetClient open(Servers servers, TargetOptions options) {
      PostgresSessionStore store = PostgresSessionStore.connect(servers.postgres(), SessionTable.named(TABLE),
          PostgresPoolSettings.DEFAULT.withMaximumPoolSize(options.connections()));
      return StoreClient.populated(store, store::lookup, options, StoreMemory.postgres(servers.postgres(), TABLE),
          () -> { });
    }
  },
  /**
   * Redis sliding expiry, a write on every request: {@code GETEX key PX ttl} through {@link RedisSessionStore}, one
   * shared lettuce connection. With the append-only file on, every request is logged (and, with {@code always},
   * flushed to disk before the reply).
   */
  REDIS_SLIDING("lettuce, one shared connection") {
    @Override
    public TargetClient open(Servers servers, TargetOptions options) {
      RedisClient client = RedisSessionStore.newClient(servers.redis().uri());
      RedisSessionStore store = new RedisSessionStore(client, KEY_PREFIX);
      return StoreClient.populated(store, id -> store.lookupAndExtend(id, SLIDING_TTL), options,
          StoreMemory.redis(servers.redis().uri()), () -> client.shutdown(Duration.ZERO, Duration.ofSeconds(2)));
    }
  },
  /**
   * PostgreSQL sliding expiry, a write on every request: {@code UPDATE … SET expires_at … RETURNING} through
   * {@link PostgresSessionStore}, HikariCP pool sized to the workers; with {@code fsync} and synchronous commit on,
   * every request waits for its WAL flush.
   */
  POSTGRES_SLIDING("pgjdbc + HikariCP, pool = connections") {
    @Override
    public TargetClient open(Servers servers, TargetOptions options) {
      PostgresSessionStore store = PostgresSessionStore.connect(servers.postgres(), SessionTable.named(TABLE),
          PostgresPoolSettings.DEFAULT.withMaximumPoolSize(options.connections()));
      return StoreClient.populated(store, id -> store.lookupAndExtend(id, SLIDING_TTL), options,
          StoreMemory.postgres(servers.postgres(), TABLE), () -> { });
    }
  },
  JWT_HS256("nimbus-jose-jwt, JDK provider") {
    @Override
    public TargetClient open(Servers servers, TargetOptions options) {
      return tokens(JwtAlgorithm.HS256, null);
    }
  },
  JWT_RS256("nimbus-jose-jwt, JDK provider") {
    @Override
    public TargetClient open(Servers servers, TargetOptions options) {
      return tokens(JwtAlgorithm.RS256, null);
    }
  },
  JWT_ES256("nimbus-jose-jwt, JDK provider") {
    @Override
    public TargetClient open(Servers servers, TargetOptions options) {
      return tokens(JwtAlgorithm.ES256, null);
    }
  },
  JWT_EDDSA("nimbus-jose-jwt, Ed25519 through Tink") {
    @Override
    public TargetClient open(Servers servers, TargetOptions options) {
      return tokens(JwtAlgorithm.EDDSA, null);
    }
  },
  /** HS256 verification plus {@code EXISTS jti} in a Redis denylist. */
  HYBRID("nimbus-jose-jwt HS256 + lettuce, one shared connection") {
    @Override
    public TargetClient open(Servers servers, TargetOptions options) {
      return tokens(JwtAlgorithm.HS256, servers.redis().uri());
    }
  },
  /**
   * Redis {@code GET} through {@link RedisSessionStore#connectCluster} on the Redis Cluster of
   * {@link Servers#redisCluster} (the embedded one unless the caller asked for an external one first): lettuce's
   * cluster client sends each {@code GET} to the master owning the key's slot, over one shared connection per node.
   */
  REDIS_CLUSTER("lettuce cluster client, one shared connection per node") {
    @Override
    public TargetClient open(Servers servers, TargetOptions options) {
      RedisClusterEndpoint cluster = cluster(servers);
      RedisSessionStore store = RedisSessionStore.connectCluster(cluster.nodeUris(), KEY_PREFIX);
      return StoreClient.populated(store, store::lookup, options, StoreMemory.redisCluster(masterUris(cluster)),
          () -> { });
    }
  },
  /** HS256 verification plus {@code EXISTS jti} in a denylist on the Redis Cluster (see {@link #REDIS_CLUSTER}). */
  HYBRID_CLUSTER("nimbus-jose-jwt HS256 + lettuce cluster client") {
    @Override
    public TargetClient open(Servers servers, TargetOptions options) {
      RedisClusterClient client = RedisSessionStore.newClusterClient(cluster(servers).nodeUris());
      RedisDenylist denylist;
      try {
        denylist = new RedisDenylist(client, DENYLIST_PREFIX);
      } catch (RuntimeException e) {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        throw e;
      }
      return tokens(JwtAlgorithm.HS256, denylist, () -> {
        denylist.close();
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
      });
    }
  };

  /** Masters of the embedded Redis Cluster the cluster targets start when none is running yet. */
  public static final int CLUSTER_MASTERS = 3;

  static final int PAYLOAD = 1024;
  static final int TOKENS = 256;
  static final long SEED = 7;
  static final String KEY_PREFIX = "statebench:load:";
  static final String DENYLIST_PREFIX = "statebench:load:denylist:";
  static final String TABLE = "statebench_load";
  static final Duration SLIDING_TTL = Duration.ofMinutes(30);

  private final String client;

  LoadTarget(String client) {
    this.client = client;
  }

  /**
   * Opens this target on {@code servers}; stores are emptied and populated first.
   *
   * @throws dev.statebench.UserFacingException when a server is unreachable
   */
  public abstract TargetClient open(Servers servers, TargetOptions options);

  /** Opens this target with {@code connections} and the default population, read uniformly. */
  public TargetClient open(Servers servers, int connections) {
    return open(servers, TargetOptions.withConnections(connections));
  }

  /** The client library and pool this target uses, e.g. {@code lettuce, one shared connection}. */
  public String client() {
    return client;
  }

  /** Whether this target needs a Redis Cluster (see {@link Servers#redisCluster}). */
  public boolean usesRedisCluster() {
    return this == REDIS_CLUSTER || this == HYBRID_CLUSTER;
  }

  /** Whether this target needs a single-node Redis (to start only the servers a run needs). */
  public boolean usesRedis() {
    return this == REDIS || this == REDIS_LETTUCE_PER_THREAD || this == REDIS_JEDIS || this == REDIS_SLIDING
        || this == HYBRID;
  }

  /** Whether this target needs PostgreSQL. */
  public boolean usesPostgres() {
    return this == POSTGRES || this == POSTGRES_SLIDING;
  }

  /** Whether requests read sessions from a populated store (and so have a population and a key distribution). */
  public boolean readsSessions() {
    return usesPostgres() || (usesRedis() && this != HYBRID) || this == REDIS_CLUSTER;
  }

  /** Whether every request writes to the store (the targets the durability axis applies to). */
  public boolean writes() {
    return this == REDIS_SLIDING || this == POSTGRES_SLIDING;
  }

  /** The meter of the store this target's requests reach, or one saying there is no store. */
  public CpuMeter storeCpuMeter(Servers servers) {
    if (usesRedis()) {
      return StoreCpuMeters.redis(servers.redis());
    }
    if (usesRedisCluster()) {
      return CpuMeter.notMeasurable("Redis Cluster: the store is several processes, not metered per request");
    }
    if (usesPostgres()) {
      return StoreCpuMeters.postgres(servers.postgres());
    }
    return CpuMeter.notMeasurable("no store: the request runs in the client process only");
  }

  /** The command-line name, e.g. {@code jwt-hs256}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a command-line name such as {@code redis} or {@code jwt-es256}. */
  public static LoadTarget parse(String text) {
    for (LoadTarget target : values()) {
      if (target.label().equalsIgnoreCase(text.trim()) || target.name().equalsIgnoreCase(text.trim())) {
        return target;
      }
    }
    throw new IllegalArgumentException("unknown target '" + text + "'; expected one of "
        + Arrays.stream(values()).map(LoadTarget::label).collect(Collectors.joining(", ")));
  }

  private static TargetClient tokens(JwtAlgorithm alg, String denylistRedisUri) {
    if (denylistRedisUri == null) {
      return tokens(alg, null, () -> { });
    }
    RedisClient client = RedisSessionStore.newClient(denylistRedisUri);
    RedisDenylist denylist = new RedisDenylist(client, DENYLIST_PREFIX);
    return tokens(alg, denylist, () -> {
      denylist.close();
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    });
  }

  /** A gated token pool, each token checked against {@code denylist} when there is one; {@code onClose} frees it. */
  private static TargetClient tokens(JwtAlgorithm alg, RedisDenylist denylist, Runnable onClose) {
    VerifierConfiguration config = VerifierConfiguration.of(alg, VerifyPath.REUSED, CryptoProvider.JDK,
        TokenProfile.TYPICAL, 1);
    try {
      SecurityGate.check(config, config.newVerifier());
    } catch (RuntimeException e) {
      onClose.run();
      throw e;
    }
    String[] pool = new TokenIssuer(config.ring(), CryptoProvider.JDK).pool(TokenProfile.TYPICAL, TOKENS, Instant.now())
        .toArray(String[]::new);
    ThreadLocal<JwtVerifier> verifiers = denylist == null ? ThreadLocal.withInitial(config::newVerifier)
        : ThreadLocal.withInitial(() -> new RevocableVerifier(config.newVerifier(), denylist));
    return new TokenClient(pool, verifiers, onClose);
  }

  private static RedisClusterEndpoint cluster(Servers servers) {
    return servers.redisCluster(List.of(), CLUSTER_MASTERS, 0);
  }

  /** The cluster's master URIs (the endpoint lists masters first). */
  private static List<String> masterUris(RedisClusterEndpoint cluster) {
    return cluster.nodeUris().subList(0, cluster.masters());
  }

  /** The control target. */
  private static final class NoopClient implements TargetClient {
    @Override
    public Object call(int index) {
      return index;
    }

    @Override
    public void close() {}
  }

  /** A token pool verified with one verifier per thread. */
  private static final class TokenClient implements TargetClient {
    private final String[] tokens;
    private final ThreadLocal<JwtVerifier> verifiers;
    private final Runnable onClose;

    TokenClient(String[] tokens, ThreadLocal<JwtVerifier> verifiers, Runnable onClose) {
      this.tokens = tokens;
      this.verifiers = verifiers;
      this.onClose = onClose;
    }

    @Override
    public Object call(int index) throws Exception {
      return verifiers.get().verify(tokens[index & (tokens.length - 1)]);
    }

    @Override
    public void close() {
      onClose.run();
    }
  }
}
