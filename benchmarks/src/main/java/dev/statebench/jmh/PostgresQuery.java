package dev.statebench.jmh;

import dev.statebench.session.PostgresSessionStore;
import dev.statebench.session.SessionId;
import java.time.Duration;

/** Which lookup statement runs: the {@code query} axis of {@link PostgresLookupBenchmark}. */
public enum PostgresQuery {
  /** {@code SELECT data … WHERE id = ? AND expires_at > now()}: primary-key lookup with expiry check. */
  LOOKUP {
    @Override
    Object run(PostgresSessionStore store, SessionId id) {
      return store.lookup(id);
    }
  },
  /** {@code UPDATE … SET expires_at = … RETURNING data}: the sliding lookup, a write per request. */
  EXTEND {
    @Override
    Object run(PostgresSessionStore store, SessionId id) {
      return store.lookupAndExtend(id, SLIDING_TTL);
    }
  },
  /** {@code SELECT EXISTS (…)}: the revoke-check shape, no data returned. */
  EXISTS {
    @Override
    Object run(PostgresSessionStore store, SessionId id) {
      return store.exists(id);
    }
  };

  static final Duration SLIDING_TTL = Duration.ofMinutes(30);

  abstract Object run(PostgresSessionStore store, SessionId id);
}
