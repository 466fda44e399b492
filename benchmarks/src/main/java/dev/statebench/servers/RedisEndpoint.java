package dev.statebench.servers;

import io.lettuce.core.RedisURI;
import java.util.Objects;

/**
 * Where a Redis server answers, as a lettuce URI ({@code redis://host:port}, optionally with a password), and
 * which version it reported.
 *
 * <p>{@link #toString()} and {@link #redactedUri()} never contain the password.
 *
 * @param uri the lettuce URI, possibly carrying a password; pass it to clients, never print it
 * @param version the server's {@code redis_version} from {@code INFO server}
 * @param embedded whether statebench started this server itself
 */
public record RedisEndpoint(String uri, String version, boolean embedded) {

  public RedisEndpoint {
    Objects.requireNonNull(uri, "uri");
    Objects.requireNonNull(version, "version");
  }

  /** The URI parsed for lettuce, without timeouts applied; see {@link RedisProbe#clientUri(String)}. */
  public RedisURI redisUri() {
    return RedisProbe.clientUri(uri);
  }

  /** The host name clients connect to. */
  public String host() {
    return redisUri().getHost();
  }

  /** The TCP port clients connect to. */
  public int port() {
    return redisUri().getPort();
  }

  /** The URI with any password masked: safe for consoles, logs and results. */
  public String redactedUri() {
    return Redaction.redact(uri);
  }

  @Override
  public String toString() {
    return "Redis " + version + " at " + redactedUri() + (embedded ? " (embedded)" : " (external)");
  }
}
