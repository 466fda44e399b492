package dev.statebench.session;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/**
 * Sessions in Redis as hashes: one hash per session ({@code PREFIX + id}) with the fields {@code user},
 * {@code created}, {@code seen} (epoch milliseconds), {@code payload} and one {@code role.<i>} per role, so that an
 * application can read or update a single field ({@code HGET}, {@code HSET}) without rewriting the whole session.
 *
 * <ul>
 *   <li>create: a Lua script that writes the fields and the expiry atomically, only if the key is new
 *       ({@code EXISTS} / {@code HSET} / {@code PEXPIRE});
 *   <li>lookup: {@code HGETALL}; sliding lookup: a Lua script running {@code HGETALL} and {@code PEXPIRE}
 *       atomically, one round trip (there is no {@code GETEX} for hashes);
 *   <li>revoke: {@code DEL}; populate: pipelined {@code HSET} + {@code PEXPIRE} on a dedicated connection.
 * </ul>
 *
 * <p>Scripts run by digest ({@code EVALSHA}); after a server restart or {@code SCRIPT FLUSH} they are loaded again.
 * Timeouts are those of {@link RedisSessionStore#newClient(String)}. Compared with {@link RedisSessionStore} this
 * layout costs more bytes on the wire and in memory (field names) and more work per lookup (a map to rebuild).
 */
public final class RedisHashSessionStore implements SessionStore {
  private static final Pattern KEY_PREFIX = Pattern.compile("[A-Za-z0-9:_.-]{1,64}");
  private static final RedisCodec<String, byte[]> CODEC = RedisCodec.of(StringCodec.ASCII, ByteArrayCodec.INSTANCE);
  private static final String CREATE_SCRIPT = "if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end "
      + "redis.call('HSET', KEYS[1], unpack(ARGV, 2)) redis.call('PEXPIRE', KEYS[1], ARGV[1]) return 1";
  private static final String EXTEND_SCRIPT = "local h = redis.call('HGETALL', KEYS[1]) "
      + "if #h > 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return h";
  private static final String USER = "user";
  private static final String CREATED = "created";
  private static final String SEEN = "seen";
  private static final String PAYLOAD = "payload";
  private static final String ROLE = "role.";
  private static final Duration POPULATE_BATCH_TIMEOUT = Duration.ofSeconds(60);

  private final RedisClient client;
  private final String keyPrefix;
  private final StatefulRedisConnection<String, byte[]> connection;
  private final RedisCommands<String, byte[]> commands;
  private volatile String createDigest;
  private volatile String extendDigest;

  /** A store on a caller's client (which stays open when the store closes); keys are {@code keyPrefix + id}. */
  public RedisHashSessionStore(RedisClient client, String keyPrefix) {
    this.client = Objects.requireNonNull(client, "client");
    if (!KEY_PREFIX.matcher(Objects.requireNonNull(keyPrefix, "keyPrefix")).matches()) {
      throw new IllegalArgumentException("key prefix must be 1-64 of [A-Za-z0-9:_.-], got '" + keyPrefix + "'");
    }
    this.keyPrefix = keyPrefix;
    this.connection = client.connect(CODEC);
    this.commands = connection.sync();
  }

  @Override
  public SessionId create(SessionData data, Duration ttl) {
    byte[][] args = scriptArgs(SessionStore.requireValidTtl(ttl), data);
    try {
      while (true) {
        SessionId id = SessionId.random();
        Long created = runScript(CREATE_SCRIPT, true, ScriptOutputType.INTEGER, key(id), args);
        if (created != null && created == 1) {
          return id;
        }
      }
    } catch (RuntimeException e) {
      throw failure("create script", e);
    }
  }

  @Override
  public Optional<SessionData> lookup(SessionId id) {
    Map<String, byte[]> fields;
    try {
      fields = commands.hgetall(key(id));
    } catch (RuntimeException e) {
      throw failure("HGETALL", e);
    }
    return fields.isEmpty() ? Optional.empty() : Optional.of(fromFields(fields));
  }

  @Override
  public Optional<SessionData> lookupAndExtend(SessionId id, Duration ttl) {
    byte[] millis = ascii(SessionStore.requireValidTtl(ttl).toMillis());
    List<Object> flat;
    try {
      flat = runScript(EXTEND_SCRIPT, false, ScriptOutputType.MULTI, key(id), new byte[][] {millis});
    } catch (RuntimeException e) {
      throw failure("HGETALL+PEXPIRE script", e);
    }
    if (flat == null || flat.isEmpty()) {
      return Optional.empty();
    }
    Map<String, byte[]> fields = new LinkedHashMap<>();
    for (int i = 0; i + 1 < flat.size(); i += 2) {
      fields.put(new String((byte[]) flat.get(i), StandardCharsets.US_ASCII), (byte[]) flat.get(i + 1));
    }
    return Optional.of(fromFields(fields));
  }

  @Override
  public boolean revoke(SessionId id) {
    try {
      return commands.del(key(id)) > 0;
    } catch (RuntimeException e) {
      throw failure("DEL", e);
    }
  }

  @Override
  public long populate(long seed, int count, LongFunction<SessionData> dataForIndex, Duration ttl) {
    SessionStore.requireValidCount(count);
    long millis = SessionStore.requireValidTtl(ttl).toMillis();
    try (StatefulRedisConnection<String, byte[]> bulk = client.connect(CODEC)) {
      bulk.setAutoFlushCommands(false);
      RedisAsyncCommands<String, byte[]> async = bulk.async();
      List<RedisFuture<?>> inFlight = List.of();
      List<RedisFuture<?>> batch = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        String key = key(SessionId.deterministic(seed, i));
        batch.add(async.hset(key, toFields(dataForIndex.apply(i))));
        batch.add(async.pexpire(key, millis));
        if (batch.size() >= RedisSessionStore.POPULATE_BATCH || i == count - 1) {
          bulk.flushCommands();
          await(inFlight);
          inFlight = batch;
          batch = new ArrayList<>();
        }
      }
      await(inFlight);
      return count;
    } catch (RuntimeException e) {
      throw failure("pipelined HSET", e);
    }
  }

  @Override
  public void clear() {
    try {
      for (ScanCursor cursor = ScanCursor.INITIAL; !cursor.isFinished(); ) {
        KeyScanCursor<String> page = commands.scan(cursor, ScanArgs.Builder.matches(keyPrefix + "*").limit(1000));
        if (!page.getKeys().isEmpty()) {
          commands.unlink(page.getKeys().toArray(new String[0]));
        }
        cursor = page;
      }
    } catch (RuntimeException e) {
      throw failure("SCAN/UNLINK", e);
    }
  }

  @Override
  public long count() {
    try {
      long total = 0;
      for (ScanCursor cursor = ScanCursor.INITIAL; !cursor.isFinished(); ) {
        KeyScanCursor<String> page = commands.scan(cursor, ScanArgs.Builder.matches(keyPrefix + "*").limit(1000));
        total += page.getKeys().size();
        cursor = page;
      }
      return total;
    } catch (RuntimeException e) {
      throw failure("SCAN", e);
    }
  }

  /** Closes this store's connection; the client stays open. */
  @Override
  public void close() {
    connection.close();
  }

  /** The hash fields of {@code data}. */
  static Map<String, byte[]> toFields(SessionData data) {
    Map<String, byte[]> fields = new LinkedHashMap<>();
    fields.put(USER, data.userId().getBytes(StandardCharsets.UTF_8));
    fields.put(CREATED, ascii(data.createdAt().toEpochMilli()));
    fields.put(SEEN, ascii(data.lastSeenAt().toEpochMilli()));
    fields.put(PAYLOAD, data.payloadUnsafe());
    List<String> roles = data.roles();
    for (int i = 0; i < roles.size(); i++) {
      fields.put(ROLE + i, roles.get(i).getBytes(StandardCharsets.UTF_8));
    }
    return fields;
  }

  /** The session stored in {@code fields}; a hash missing a field is reported as corrupt. */
  static SessionData fromFields(Map<String, byte[]> fields) {
    byte[] user = fields.get(USER);
    byte[] created = fields.get(CREATED);
    byte[] seen = fields.get(SEEN);
    byte[] payload = fields.get(PAYLOAD);
    if (user == null || created == null || seen == null || payload == null) {
      throw new CorruptSessionDataException("session hash lacks one of " + List.of(USER, CREATED, SEEN, PAYLOAD), null);
    }
    List<String> roles = new ArrayList<>();
    for (byte[] role; (role = fields.get(ROLE + roles.size())) != null; ) {
      roles.add(new String(role, StandardCharsets.UTF_8));
    }
    try {
      return new SessionData(new String(user, StandardCharsets.UTF_8), roles, millis(created), millis(seen), payload);
    } catch (IllegalArgumentException e) {
      throw new CorruptSessionDataException("session hash holds invalid data: " + e.getMessage(), null);
    }
  }

  private <T> T runScript(String script, boolean create, ScriptOutputType type, String key, byte[][] args) {
    String digest = create ? createDigest : extendDigest;
    if (digest != null) {
      try {
        return commands.evalsha(digest, type, new String[] {key}, args);
      } catch (RedisNoScriptException flushedOrRestarted) {
        // Fall through and load the script again.
      }
    }
    digest = commands.scriptLoad(script);
    if (create) {
      createDigest = digest;
    } else {
      extendDigest = digest;
    }
    return commands.evalsha(digest, type, new String[] {key}, args);
  }

  private static byte[][] scriptArgs(Duration ttl, SessionData data) {
    List<byte[]> args = new ArrayList<>();
    args.add(ascii(ttl.toMillis()));
    toFields(data).forEach((field, value) -> {
      args.add(field.getBytes(StandardCharsets.US_ASCII));
      args.add(value);
    });
    return args.toArray(new byte[0][]);
  }

  private String key(SessionId id) {
    return keyPrefix + id.value();
  }

  private static byte[] ascii(long value) {
    return Long.toString(value).getBytes(StandardCharsets.US_ASCII);
  }

  private static Instant millis(byte[] ascii) {
    try {
      return Instant.ofEpochMilli(Long.parseLong(new String(ascii, StandardCharsets.US_ASCII)));
    } catch (NumberFormatException e) {
      throw new CorruptSessionDataException("session hash holds a time that is not a number", null);
    }
  }

  private static void await(List<RedisFuture<?>> batch) {
    RedisFuture<?>[] futures = batch.toArray(new RedisFuture<?>[0]);
    if (!LettuceFutures.awaitAll(POPULATE_BATCH_TIMEOUT, futures)) {
      throw new IllegalStateException("a batch of " + futures.length + " commands did not complete within "
          + POPULATE_BATCH_TIMEOUT.toSeconds() + " s");
    }
  }

  private static SessionStoreException failure(String command, RuntimeException e) {
    return new SessionStoreException("Redis " + command + " failed: " + e.getMessage(), e);
  }
}
