package dev.statebench.jmh;

import dev.statebench.session.RedisHashSessionStore;
import dev.statebench.session.RedisSessionStore;
import dev.statebench.session.SessionData;
import dev.statebench.session.SessionId;
import dev.statebench.session.SessionStore;
import io.lettuce.core.RedisClient;
import java.time.Duration;
import java.util.Optional;

/** How a Redis session is read: the {@code command} axis of {@link RedisLookupBenchmark} and the factory of its store. */
public enum RedisLookupCommand {
  /** {@code GET} of a string session ({@link RedisSessionStore#lookup}). */
  GET {
    @Override
    Optional<SessionData> lookup(SessionStore store, SessionId id) {
      return store.lookup(id);
    }
  },
  /** {@code GETEX … PX}: the sliding lookup, which also pushes the expiry out. */
  GETEX {
    @Override
    Optional<SessionData> lookup(SessionStore store, SessionId id) {
      return store.lookupAndExtend(id, SLIDING_TTL);
    }
  },
  /** {@code HGETALL} of a hash session ({@link RedisHashSessionStore#lookup}). */
  HGETALL {
    @Override
    SessionStore open(RedisClient client, String keyPrefix) {
      return new RedisHashSessionStore(client, keyPrefix);
    }

    @Override
    Optional<SessionData> lookup(SessionStore store, SessionId id) {
      return store.lookup(id);
    }
  };

  /** The TTL a sliding lookup sets. */
  static final Duration SLIDING_TTL = Duration.ofMinutes(30);

  /** The store this command reads (on the caller's client, under {@code keyPrefix}). */
  SessionStore open(RedisClient client, String keyPrefix) {
    return new RedisSessionStore(client, keyPrefix);
  }

  abstract Optional<SessionData> lookup(SessionStore store, SessionId id);
}
