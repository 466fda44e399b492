package dev.statebench.servers;

import dev.statebench.UserFacingException;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.Locale;

/**
 * Checks that a Redis server answers and asks it for its version, failing within seconds with one clear line.
 *
 * <p>Connect and command timeouts are short on purpose: an unreachable server should be reported in a few
 * seconds, not after lettuce's default one-minute command timeout.
 */
public final class RedisProbe {
  /** How long to wait for the TCP connection (and the handshake) of a probe. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

  /** How long to wait for each probe command. */
  public static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(3);

  /** Probe attempts when the server drops the connection during the handshake. */
  static final int HANDSHAKE_ATTEMPTS = 3;

  private RedisProbe() {}

  /**
   * Parses a lettuce URI, turning a malformed one into a {@link UserFacingException} that does not echo a
   * password.
   */
  public static RedisURI clientUri(String uri) {
    try {
      RedisURI parsed = RedisURI.create(uri);
      if (parsed.getHost() == null && parsed.getSocket() == null) {
        throw new IllegalArgumentException("no host");
      }
      return parsed;
    } catch (RuntimeException e) {
      throw new UserFacingException("Redis URL '" + Redaction.redact(uri)
          + "' is not a valid lettuce URI (expected redis://[:PASSWORD@]HOST:PORT[/DB])", e);
    }
  }

  /**
   * Connects to {@code uri} (authenticating with the URI's credentials), sends {@code PING} and
   * {@code INFO server}, and returns the endpoint with the reported version.
   *
   * <p>A connection dropped during lettuce's handshake (seen occasionally on a loaded machine; lettuce then
   * reports "connection closed prematurely" instead of the server's answer) is retried, up to
   * {@value #HANDSHAKE_ATTEMPTS} attempts in all. The client shuts down with a short quiet period: with none,
   * late handshake callbacks can hit an already terminated event loop.
   *
   * @throws UserFacingException when the server is unreachable, rejects the credentials, or answers oddly
   */
  public static RedisEndpoint probe(String uri, boolean embedded) {
    for (int attempt = 1; ; attempt++) {
      try {
        return probeOnce(uri, embedded);
      } catch (UserFacingException e) {
        boolean droppedDuringHandshake = allMessages(e).contains("closed prematurely");
        if (!droppedDuringHandshake || attempt == HANDSHAKE_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  private static RedisEndpoint probeOnce(String uri, boolean embedded) {
    RedisURI redisUri = clientUri(uri);
    redisUri.setTimeout(COMMAND_TIMEOUT);
    RedisClient client = RedisClient.create(redisUri);
    client.setOptions(ClientOptions.builder()
        .socketOptions(SocketOptions.builder().connectTimeout(CONNECT_TIMEOUT).build())
        .timeoutOptions(TimeoutOptions.enabled(COMMAND_TIMEOUT))
        .autoReconnect(false)
        .build());
    try (StatefulRedisConnection<String, String> connection = client.connect(StringCodec.UTF8)) {
      RedisCommands<String, String> commands = connection.sync();
      commands.ping();
      String version = versionFrom(commands.info("server"));
      return new RedisEndpoint(uri, version, embedded);
    } catch (RuntimeException e) {
      throw describe(uri, e);
    } finally {
      client.shutdown(Duration.ofMillis(100), Duration.ofSeconds(2));
    }
  }

  /** Extracts {@code redis_version} from the text of {@code INFO server}. */
  static String versionFrom(String info) {
    for (String line : info.split("\r?\n")) {
      if (line.startsWith("redis_version:")) {
        return line.substring("redis_version:".length()).trim();
      }
    }
    throw new IllegalStateException("INFO server did not report redis_version");
  }

  private static UserFacingException describe(String uri, RuntimeException e) {
    String where = Redaction.redact(uri);
    String causes = allMessages(e).toUpperCase(Locale.ROOT);
    if (causes.contains("WRONGPASS") || causes.contains("NOAUTH") || causes.contains("INVALID PASSWORD")
        || causes.contains("INVALID USERNAME-PASSWORD")) {
      return new UserFacingException("Redis at " + where
          + " rejected the credentials: check the password in the Redis URL (STATEBENCH_REDIS_URL or --redis-url)", e);
    }
    return new UserFacingException("Redis at " + where + " is unreachable (" + rootMessage(e)
        + "): start it, fix STATEBENCH_REDIS_URL / --redis-url, or use 'embedded'", e);
  }

  private static String allMessages(Throwable e) {
    StringBuilder messages = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      messages.append(t.getMessage()).append('\n');
    }
    return messages.toString();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return Redaction.redact(message.lines().findFirst().orElse(message));
  }
}
