package dev.statebench.fleet.app;

import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.servers.Servers;
import dev.statebench.session.PostgresSessionStore;
import dev.statebench.session.RedisSessionStore;
import java.util.Locale;

/** Where an app instance keeps its sessions; the names are the simulator's {@code state.model} values. */
public enum StateModel {
  /** In the instance's memory: lost when it dies. */
  LOCAL,
  /** In Redis, through {@link RedisSessionStore}. */
  REDIS,
  /** In PostgreSQL, through {@link PostgresSessionStore}. */
  SQL,
  /** In an HS256-signed JWT: nothing kept server-side. */
  JWT;

  /** Opens this model's authority on {@code servers} (external servers named by the parent lab). */
  SessionAuthority open(Servers servers) {
    return switch (this) {
      case LOCAL -> new StoreSessionAuthority(new InstanceMemorySessionStore());
      case REDIS -> new StoreSessionAuthority(RedisSessionStore.connect(servers.redis().uri()));
      case SQL -> new StoreSessionAuthority(PostgresSessionStore.connect(servers.postgres()));
      case JWT -> new TokenSessionAuthority(JwtAlgorithm.HS256);
    };
  }

  /** The lower-case name used in scenario files and on command lines. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
