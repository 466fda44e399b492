package dev.statebench.hybrid;

import com.nimbusds.jwt.JWTClaimsSet;
import io.lettuce.core.RedisClient;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Instant;
import java.util.Objects;

/**
 * A Redis denylist of revoked token ids ({@code jti}): revoking writes {@code PREFIX + jti} with an expiry at the
 * token's own {@code exp} ({@code SET … PXAT}), so the list never holds more than the tokens still alive; checking is
 * one {@code EXISTS}. This is the "short-lived JWT plus denylist" design: the store is consulted on every request,
 * but it holds only the few revoked ids, not every session.
 *
 * <p>A token without {@code jti} cannot be denylisted and counts as revoked (fail closed). Timeouts are those of the
 * caller's client (see {@code RedisSessionStore.newClient}).
 */
public final class RedisDenylist implements RevocationCheck, AutoCloseable {
  /** The key prefix used unless another is given. */
  public static final String DEFAULT_PREFIX = "statebench:denylist:";

  private final String prefix;
  private final StatefulConnection<String, String> connection;
  private final RedisClusterCommands<String, String> commands;

  /** A denylist on the caller's client (which stays open on close). */
  public RedisDenylist(RedisClient client, String prefix) {
    this(prefix, client.connect());
  }

  /**
   * A denylist on the caller's Redis Cluster client (which stays open on close): each {@code jti} key lives on the
   * master owning its slot, so the entries spread over the masters and each check is one {@code EXISTS} there.
   */
  public RedisDenylist(RedisClusterClient client, String prefix) {
    this(prefix, client.connect());
  }

  private RedisDenylist(String prefix, StatefulRedisConnection<String, String> connection) {
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.connection = connection;
    this.commands = connection.sync();
  }

  private RedisDenylist(String prefix, StatefulRedisClusterConnection<String, String> connection) {
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.connection = connection;
    this.commands = connection.sync();
  }

  /** Denylists {@code jti} until {@code tokenExpiry}, after which the token is dead anyway. */
  public void revoke(String jti, Instant tokenExpiry) {
    commands.set(prefix + jti, "1", SetArgs.Builder.pxAt(tokenExpiry.toEpochMilli()));
  }

  @Override
  public boolean revoked(JWTClaimsSet claims) {
    String jti = claims.getJWTID();
    return jti == null || commands.exists(prefix + jti) > 0;
  }

  @Override
  public void close() {
    connection.close();
  }
}
