package dev.statebench.session;

import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.GetExArgs;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.SetArgs;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/**
 * Sessions in Redis through lettuce: one key per session ({@code PREFIX + id}) holding the
 * {@link SessionDataCodec} bytes, with the expiry kept by Redis itself.
 *
 * <ul>
 *   <li>create: {@code SET key value PX ttl NX} (never overwrites; a collision of 128-bit random ids would
 *       simply draw again);
 *   <li>lookup: {@code GET}; sliding lookup: {@code GETEX key PX ttl} (Redis ≥ 6.2), one round trip;
 *   <li>revoke: {@code DEL};
 *   <li>populate: {@code SET … PX} pipelined on a dedicated connection with automatic flushing off, flushed and
 *       awaited in batches, so the shared connection's latency is not disturbed.
 * </ul>
 *
 * <p>Expiry is given in milliseconds ({@code PX}) rather than seconds ({@code EX}) so that both stores honour
 * the same TTL to the millisecond.
 *
 * <p>All request threads share one connection: lettuce connections are thread-safe and pipeline concurrent
 * commands, so a pool would only add contention. The connection and command timeouts are explicit
 * ({@link #CONNECT_TIMEOUT}, {@link #COMMAND_TIMEOUT}) instead of lettuce's one-minute default. Build it with
 * {@link #connect(String, String)} (the store owns its client), or on a caller's {@link RedisClient} (shared
 * event loops, custom options) with {@link #RedisSessionStore(RedisClient, String)}.
 *
 * <p><b>Redis Cluster.</b> {@link #connectCluster(List, String)} builds the same store on lettuce's cluster client,
 * which learns the slot map from the seed nodes, sends each command to the master owning the key's slot and follows
 * {@code MOVED}/{@code ASK} redirections; {@code SCAN} and multi-key {@code UNLINK} are run node by node. Keys are
 * spread over the slots by their session id unless the prefix holds a hash tag (e.g. {@code {statebench}:}), which
 * pins every session to one slot — one node — as the Redis Cluster specification defines for {@code {…}}.
 */
public final class RedisSessionStore implements SessionStore {
  /** The key prefix used unless another is given. */
  public static final String DEFAULT_KEY_PREFIX = "statebench:session:";

  /** How long to wait for a TCP connection to Redis. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

  /** How long to wait for any single command. */
  public static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);

  /**
   * Commands sent per flush during {@link #populate}. Each command's timeout ({@link #COMMAND_TIMEOUT}) runs from the
   * moment it is queued, so at most two batches wait at the server at once; 512 keeps that wait far below the timeout
   * even when Redis gets a small share of a busy machine (4096 timed out on a 2-core machine under heavy load).
   */
  static final int POPULATE_BATCH = 512;

  private static final Duration POPULATE_BATCH_TIMEOUT = Duration.ofSeconds(60);
  private static final Pattern KEY_PREFIX = Pattern.compile("[A-Za-z0-9:_.{}-]{1,64}");

  private final AbstractRedisClient client;
  private final boolean ownsClient;
  private final byte[] keyPrefix;
  private final Supplier<Connection> connector;
  private final StatefulConnection<byte[], byte[]> connection;
  private final RedisClusterCommands<byte[], byte[]> commands;
  private final RedisClusterAsyncCommands<byte[], byte[]> async;

  /** One lettuce connection, standalone or cluster, seen through the command interfaces both share. */
  private record Connection(StatefulConnection<byte[], byte[]> stateful, RedisClusterCommands<byte[], byte[]> sync,
      RedisClusterAsyncCommands<byte[], byte[]> async) {}

  /**
   * A store on a caller's client; the client stays open when the store closes. Keys are {@code keyPrefix + id};
   * the prefix may hold letters, digits and {@code : _ . - { }} (no glob characters, so counting by pattern is
   * exact).
   */
  public RedisSessionStore(RedisClient client, String keyPrefix) {
    this(client, false, keyPrefix, () -> standalone(client));
  }

  private RedisSessionStore(AbstractRedisClient client, boolean ownsClient, String keyPrefix,
      Supplier<Connection> connector) {
    this.client = Objects.requireNonNull(client, "client");
    this.ownsClient = ownsClient;
    if (!KEY_PREFIX.matcher(Objects.requireNonNull(keyPrefix, "keyPrefix")).matches()) {
      throw new IllegalArgumentException("key prefix must be 1-64 of [A-Za-z0-9:_.{}-], got '" + keyPrefix + "'");
    }
    this.keyPrefix = keyPrefix.getBytes(StandardCharsets.US_ASCII);
    this.connector = connector;
    Connection shared = connector.get();
    this.connection = shared.stateful();
    this.commands = shared.sync();
    this.async = shared.async();
  }

  private static Connection standalone(RedisClient client) {
    StatefulRedisConnection<byte[], byte[]> connection = client.connect(ByteArrayCodec.INSTANCE);
    return new Connection(connection, connection.sync(), connection.async());
  }

  private static Connection cluster(RedisClusterClient client) {
    StatefulRedisClusterConnection<byte[], byte[]> connection = client.connect(ByteArrayCodec.INSTANCE);
    return new Connection(connection, connection.sync(), connection.async());
  }

  /** A store with its own client for the Redis at {@code uri} (a lettuce URI), using {@link #DEFAULT_KEY_PREFIX}. */
  public static RedisSessionStore connect(String uri) {
    return connect(uri, DEFAULT_KEY_PREFIX);
  }

  /** A store with its own client for the Redis at {@code uri} (a lettuce URI) and the given key prefix. */
  public static RedisSessionStore connect(String uri, String keyPrefix) {
    RedisClient client = newClient(uri);
    try {
      return new RedisSessionStore(client, true, keyPrefix, () -> standalone(client));
    } catch (RuntimeException e) {
      client.shutdown();
      throw e;
    }
  }

  /**
   * A store with its own cluster client for the Redis Cluster whose nodes include {@code seedUris} (lettuce URIs; one
   * reachable seed is enough), using the given key prefix.
   */
  public static RedisSessionStore connectCluster(List<String> seedUris, String keyPrefix) {
    RedisClusterClient client = newClusterClient(seedUris);
    try {
      return new RedisSessionStore(client, true, keyPrefix, () -> cluster(client));
    } catch (RuntimeException e) {
      client.shutdown();
      throw e;
    }
  }

  /** A lettuce cluster client for the seeds with this store's timeouts; the caller owns and shuts it down. */
  public static RedisClusterClient newClusterClient(List<String> seedUris) {
    List<RedisURI> seeds = new ArrayList<>();
    for (String uri : seedUris) {
      RedisURI redisUri = RedisURI.create(uri);
      redisUri.setTimeout(COMMAND_TIMEOUT);
      seeds.add(redisUri);
    }
    RedisClusterClient client = RedisClusterClient.create(seeds);
    client.setOptions(ClusterClientOptions.builder()
        .socketOptions(SocketOptions.builder().connectTimeout(CONNECT_TIMEOUT).keepAlive(true).build())
        .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
        .build());
    return client;
  }

  /** A lettuce client for {@code uri} with this store's timeouts; the caller owns and shuts it down. */
  public static RedisClient newClient(String uri) {
    RedisURI redisUri = RedisURI.create(uri);
    redisUri.setTimeout(COMMAND_TIMEOUT);
    RedisClient client = RedisClient.create(redisUri);
    client.setOptions(ClientOptions.builder()
        .socketOptions(SocketOptions.builder().connectTimeout(CONNECT_TIMEOUT).keepAlive(true).build())
        .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
        .build());
    return client;
  }

  @Override
  public SessionId create(SessionData data, Duration ttl) {
    byte[] value = SessionDataCodec.encode(data);
    SetArgs args = SetArgs.Builder.px(SessionStore.requireValidTtl(ttl).toMillis()).nx();
    try {
      while (true) {
        SessionId id = SessionId.random();
        if ("OK".equals(commands.set(key(id), value, args))) {
          return id;
        }
      }
    } catch (RuntimeException e) {
      throw failure("SET", e);
    }
  }

  @Override
  public Optional<SessionData> lookup(SessionId id) {
    byte[] key = key(id);
    byte[] value;
    try {
      value = commands.get(key);
    } catch (RuntimeException e) {
      throw failure("GET", e);
    }
    return value == null ? Optional.empty() : Optional.of(SessionDataCodec.decode(value));
  }

  /**
   * {@link #lookup(SessionId)} without blocking: the {@code GET} is written at once and the future completes on
   * lettuce's event loop, so one thread can keep many lookups in flight on the shared connection (pipelining). A
   * server failure or timeout completes the future exceptionally.
   */
  public CompletableFuture<Optional<SessionData>> lookupAsync(SessionId id) {
    return async.get(key(id)).toCompletableFuture()
        .thenApply(value -> value == null ? Optional.<SessionData>empty() : Optional.of(SessionDataCodec.decode(value)));
  }

  @Override
  public Optional<SessionData> lookupAndExtend(SessionId id, Duration ttl) {
    byte[] key = key(id);
    GetExArgs args = GetExArgs.Builder.px(SessionStore.requireValidTtl(ttl).toMillis());
    byte[] value;
    try {
      value = commands.getex(key, args);
    } catch (RuntimeException e) {
      throw failure("GETEX", e);
    }
    return value == null ? Optional.empty() : Optional.of(SessionDataCodec.decode(value));
  }

  @Override
  public boolean revoke(SessionId id) {
    byte[] key = key(id);
    try {
      return commands.del(key) > 0;
    } catch (RuntimeException e) {
      throw failure("DEL", e);
    }
  }

  @Override
  public long populate(long seed, int count, LongFunction<SessionData> dataForIndex, Duration ttl) {
    SessionStore.requireValidCount(count);
    SetArgs args = SetArgs.Builder.px(SessionStore.requireValidTtl(ttl).toMillis());
    Connection bulkConnection = connector.get();
    try (StatefulConnection<byte[], byte[]> bulk = bulkConnection.stateful()) {
      bulk.setAutoFlushCommands(writesEachCommandAsQueued(bulk));
      RedisClusterAsyncCommands<byte[], byte[]> async = bulkConnection.async();
      // Two batches in flight: while Redis works through one, the next is encoded and sent. A batch is encoded
      // completely before its first command is queued: a command's timeout runs from the moment it is queued, and
      // encoding thousands of sessions on a busy machine could otherwise eat it before the batch is even flushed.
      List<RedisFuture<String>> inFlight = List.of();
      for (int first = 0; first < count; first += POPULATE_BATCH) {
        int size = Math.min(POPULATE_BATCH, count - first);
        byte[][] keys = new byte[size][];
        byte[][] values = new byte[size][];
        for (int j = 0; j < size; j++) {
          keys[j] = key(SessionId.deterministic(seed, first + j));
          values[j] = SessionDataCodec.encode(dataForIndex.apply(first + j));
        }
        List<RedisFuture<String>> batch = new ArrayList<>(size);
        for (int j = 0; j < size; j++) {
          batch.add(async.set(keys[j], values[j], args));
        }
        bulk.flushCommands();
        awaitBatch(inFlight);
        inFlight = batch;
      }
      awaitBatch(inFlight);
      return count;
    } catch (RuntimeException e) {
      throw failure("pipelined SET", e);
    }
  }

  @Override
  public long count() {
    try {
      long total = 0;
      for (ScanCursor cursor = ScanCursor.INITIAL; !cursor.isFinished(); ) {
        KeyScanCursor<byte[]> page = commands.scan(cursor, namespaceScan());
        total += page.getKeys().size();
        cursor = page;
      }
      return total;
    } catch (RuntimeException e) {
      throw failure("SCAN", e);
    }
  }

  /** Deletes this prefix's keys page by page with {@code UNLINK}, which frees memory off the main thread. */
  @Override
  public void clear() {
    try {
      for (ScanCursor cursor = ScanCursor.INITIAL; !cursor.isFinished(); ) {
        KeyScanCursor<byte[]> page = commands.scan(cursor, namespaceScan());
        if (!page.getKeys().isEmpty()) {
          commands.unlink(page.getKeys().toArray(new byte[0][]));
        }
        cursor = page;
      }
    } catch (RuntimeException e) {
      throw failure("SCAN/UNLINK", e);
    }
  }

  @Override
  public void close() {
    connection.close();
    if (ownsClient) {
      client.shutdown(Duration.ofMillis(100), Duration.ofSeconds(2));
    }
  }

  private ScanArgs namespaceScan() {
    byte[] pattern = Arrays.copyOf(keyPrefix, keyPrefix.length + 1);
    pattern[keyPrefix.length] = '*';
    return ScanArgs.Builder.matches(pattern).limit(1000);
  }

  private byte[] key(SessionId id) {
    String value = id.value();
    byte[] key = Arrays.copyOf(keyPrefix, keyPrefix.length + value.length());
    for (int i = 0; i < value.length(); i++) {
      key[keyPrefix.length + i] = (byte) value.charAt(i);
    }
    return key;
  }

  /**
   * Whether {@link #populate} lets lettuce write each command as it is queued rather than flush a batch by hand.
   * A single node's batches are flushed by hand. A cluster connection's commands are written as queued (still
   * pipelined): it opens its node connections lazily, and a manual flush that runs while one of them is still
   * connecting never reaches the commands queued on it, which then time out (lettuce issue 2420,
   * https://github.com/redis/lettuce/issues/2420); populating a freshly formed cluster then failed about one time
   * in a hundred.
   */
  static boolean writesEachCommandAsQueued(StatefulConnection<?, ?> connection) {
    return connection instanceof StatefulRedisClusterConnection<?, ?>;
  }

  private static void awaitBatch(List<RedisFuture<String>> batch) {
    RedisFuture<?>[] futures = batch.toArray(new RedisFuture<?>[0]);
    if (!LettuceFutures.awaitAll(POPULATE_BATCH_TIMEOUT, futures)) {
      throw new IllegalStateException("a batch of " + futures.length + " SETs did not complete within "
          + POPULATE_BATCH_TIMEOUT.toSeconds() + " s");
    }
  }

  private static SessionStoreException failure(String command, RuntimeException e) {
    return new SessionStoreException("Redis " + command + " failed: " + e.getMessage(), e);
  }
}
