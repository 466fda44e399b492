package dev.statebench.session;

import dev.statebench.servers.Servers;
import java.util.Locale;

/**
 * The session store implementations, each a factory for its store on the servers of a {@link Servers}. Usable
 * as a picocli option value or a JMH {@code @Param}.
 */
public enum SessionStoreType {
  REDIS {
    @Override
    public SessionStore open(Servers servers) {
      return RedisSessionStore.connect(servers.redis().uri());
    }

    @Override
    public String serverDescription(Servers servers) {
      return servers.redis().toString();
    }
  },
  POSTGRES {
    @Override
    public SessionStore open(Servers servers) {
      return PostgresSessionStore.connect(servers.postgres());
    }

    @Override
    public String serverDescription(Servers servers) {
      return servers.postgres().toString();
    }
  };

  /** A store in the default namespace ({@link RedisSessionStore#DEFAULT_KEY_PREFIX}, {@link SessionTable#DEFAULT}). */
  public abstract SessionStore open(Servers servers);

  /**
   * Starts or probes this store's server and describes it (without secrets), so that a configuration problem
   * surfaces before any work is done.
   */
  public abstract String serverDescription(Servers servers);

  /** The lower-case name used on command lines and in results. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
