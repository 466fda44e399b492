package dev.statebench.hybrid;

import com.nimbusds.jwt.JWTClaimsSet;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;

/**
 * The "user token version" variant of revocation: per user, Redis keeps the instant of their last "log out
 * everywhere" ({@code PREFIX + sub}, epoch seconds); a token issued ({@code iat}) before it is revoked. One
 * {@code GET} per request, one key per user who ever logged out everywhere, and no need to know every token id.
 * (Storing a counter and a {@code ver} claim is the same check with a different comparison.)
 *
 * <p>A token without {@code sub} or {@code iat} counts as revoked (fail closed).
 */
public final class UserTokenEpochs implements RevocationCheck, AutoCloseable {
  /** The key prefix used unless another is given. */
  public static final String DEFAULT_PREFIX = "statebench:user-epoch:";

  private final String prefix;
  private final StatefulRedisConnection<String, String> connection;
  private final RedisCommands<String, String> commands;

  /** Epochs on the caller's client (which stays open on close). */
  public UserTokenEpochs(RedisClient client, String prefix) {
    this.prefix = Objects.requireNonNull(prefix, "prefix");
    this.connection = client.connect();
    this.commands = connection.sync();
  }

  /** Revokes every token of {@code subject} issued before {@code instant}. */
  public void revokeIssuedBefore(String subject, Instant instant) {
    commands.set(prefix + subject, Long.toString(instant.getEpochSecond()));
  }

  @Override
  public boolean revoked(JWTClaimsSet claims) {
    String subject = claims.getSubject();
    Date issued = claims.getIssueTime();
    if (subject == null || issued == null) {
      return true;
    }
    String epoch = commands.get(prefix + subject);
    return epoch != null && issued.toInstant().getEpochSecond() < Long.parseLong(epoch);
  }

  @Override
  public void close() {
    connection.close();
  }
}
