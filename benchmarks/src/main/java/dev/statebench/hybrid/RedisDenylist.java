package dev.statebench.hybrid;

import com.nimbusds.jwt.JWTClaimsSet;
import io.lettuce.core.RedisClient;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
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
  private final StatefulRedisConnection<String, String> connection;
  private final RedisCommands<String, String> commands;

  /** A denylist on the caller's client (which stays open on close). */
  public RedisDenylist(RedisClient client, String prefix) {
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.connection = client.connect();
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
