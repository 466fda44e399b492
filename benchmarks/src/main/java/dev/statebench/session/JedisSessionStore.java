package dev.statebench.session;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.Pipeline;
import redis.clients.jedis.params.GetExParams;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.params.SetParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * Sessions in Redis through Jedis with a connection pool: the same keys, values and commands as
 * {@link RedisSessionStore} ({@code SET … PX … NX}, {@code GET}, {@code GETEX … PX}, {@code DEL}, pipelined
 * {@code SET} to populate, {@code SCAN} + {@code UNLINK} to clear), but each call borrows a blocking connection
 * from a commons-pool2 pool instead of sharing lettuce's one multiplexed connection. This is the other client
 * design Java services use; putting both side by side shows what the client, rather than Redis, costs.
 *
 * <p>The pool is fixed-size ({@code maxTotal = maxIdle = minIdle = poolSize}) so no connection is opened during a
 * measurement; a caller waits at most {@link #BORROW_TIMEOUT} for a free connection, and each command at most
 * {@link #COMMAND_TIMEOUT}. See https://redis.io/docs/latest/develop/clients/jedis/.
 */
public final class JedisSessionStore implements SessionStore {
  /** How long to wait for a TCP connection and for any single command. */
  public static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(2);

  /** How long a caller waits for a free pooled connection. */
  public static final Duration BORROW_TIMEOUT = Duration.ofSeconds(2);

  private static final int POPULATE_BATCH = 4096;
  private static final Pattern KEY_PREFIX = Pattern.compile("[A-Za-z0-9:_.-]{1,64}");

  private final JedisPool pool;
  private final byte[] keyPrefix;

  /** A store with a pool of {@code poolSize} connections to the Redis at {@code uri} ({@code redis://host:port}). */
  public JedisSessionStore(String uri, String keyPrefix, int poolSize) {
    if (poolSize < 1) {
      throw new IllegalArgumentException("pool size must be at least 1, got " + poolSize);
    }
    if (!KEY_PREFIX.matcher(Objects.requireNonNull(keyPrefix, "keyPrefix")).matches()) {
      throw new IllegalArgumentException("key prefix must be 1-64 of [A-Za-z0-9:_.-], got '" + keyPrefix + "'");
    }
    this.keyPrefix = keyPrefix.getBytes(StandardCharsets.US_ASCII);
    GenericObjectPoolConfig<Jedis> config = new GenericObjectPoolConfig<>();
    config.setMaxTotal(poolSize);
    config.setMaxIdle(poolSize);
    config.setMinIdle(poolSize);
    config.setMaxWait(BORROW_TIMEOUT);
    config.setJmxEnabled(false);
    int timeout = (int) COMMAND_TIMEOUT.toMillis();
    this.pool = new JedisPool(config, URI.create(uri), timeout, timeout);
    try {
      pool.preparePool();
    } catch (Exception e) {
      pool.close();
      throw new SessionStoreException("Redis connect (Jedis) failed: " + e.getMessage(), e);
    }
  }

  @Override
  public SessionId create(SessionData data, Duration ttl) {
    byte[] value = SessionDataCodec.encode(data);
    SetParams params = SetParams.setParams().px(SessionStore.requireValidTtl(ttl).toMillis()).nx();
    return call("SET", jedis -> {
      while (true) {
        SessionId id = SessionId.random();
        if ("OK".equals(jedis.set(key(id), value, params))) {
          return id;
        }
      }
    });
  }

  @Override
  public Optional<SessionData> lookup(SessionId id) {
    byte[] value = call("GET", jedis -> jedis.get(key(id)));
    return value == null ? Optional.empty() : Optional.of(SessionDataCodec.decode(value));
  }

  @Override
  public Optional<SessionData> lookupAndExtend(SessionId id, Duration ttl) {
    GetExParams params = GetExParams.getExParams().px(SessionStore.requireValidTtl(ttl).toMillis());
    byte[] value = call("GETEX", jedis -> jedis.getEx(key(id), params));
    return value == null ? Optional.empty() : Optional.of(SessionDataCodec.decode(value));
  }

  @Override
  public boolean revoke(SessionId id) {
    return call("DEL", jedis -> jedis.del(key(id)) > 0);
  }

  @Override
  public long populate(long seed, int count, LongFunction<SessionData> dataForIndex, Duration ttl) {
    SessionStore.requireValidCount(count);
    SetParams params = SetParams.setParams().px(SessionStore.requireValidTtl(ttl).toMillis());
    return call("pipelined SET", jedis -> {
      Pipeline pipeline = jedis.pipelined();
      for (int i = 0; i < count; i++) {
        pipeline.set(key(SessionId.deterministic(seed, i)), SessionDataCodec.encode(dataForIndex.apply(i)), params);
        if ((i + 1) % POPULATE_BATCH == 0) {
          pipeline.sync();
        }
      }
      pipeline.sync();
      return (long) count;
    });
  }

  @Override
  public long count() {
    return call("SCAN", jedis -> {
      long total = 0;
      for (byte[] cursor = ScanParams.SCAN_POINTER_START_BINARY; ; ) {
        ScanResult<byte[]> page = jedis.scan(cursor, namespaceScan());
        total += page.getResult().size();
        cursor = page.getCursorAsBytes();
        if (page.isCompleteIteration()) {
          return total;
        }
      }
    });
  }

  /** Deletes this prefix's keys page by page with {@code UNLINK}, which frees memory off the main thread. */
  @Override
  public void clear() {
    call("SCAN/UNLINK", jedis -> {
      for (byte[] cursor = ScanParams.SCAN_POINTER_START_BINARY; ; ) {
        ScanResult<byte[]> page = jedis.scan(cursor, namespaceScan());
        List<byte[]> keys = page.getResult();
        if (!keys.isEmpty()) {
          jedis.unlink(keys.toArray(new byte[0][]));
        }
        cursor = page.getCursorAsBytes();
        if (page.isCompleteIteration()) {
          return null;
        }
      }
    });
  }

  @Override
  public void close() {
    pool.close();
  }

  private <T> T call(String command, Function<Jedis, T> body) {
    try (Jedis jedis = pool.getResource()) {
      return body.apply(jedis);
    } catch (RuntimeException e) {
      throw failure(command, e);
    }
  }

  private ScanParams namespaceScan() {
    byte[] pattern = Arrays.copyOf(keyPrefix, keyPrefix.length + 1);
    pattern[keyPrefix.length] = '*';
    return new ScanParams().match(pattern).count(1000);
  }

  private byte[] key(SessionId id) {
    String value = id.value();
    byte[] key = Arrays.copyOf(keyPrefix, keyPrefix.length + value.length());
    for (int i = 0; i < value.length(); i++) {
      key[keyPrefix.length + i] = (byte) value.charAt(i);
    }
    return key;
  }

  private static SessionStoreException failure(String command, RuntimeException e) {
    return new SessionStoreException("Redis " + command + " (Jedis) failed: " + e.getMessage(), e);
  }
}
