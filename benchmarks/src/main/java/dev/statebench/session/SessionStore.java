package dev.statebench.session;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * Server-side session state: the system under test that statebench compares with stateless tokens.
 *
 * <p>A session is created with a time to live; a lookup finds it until it expires or is revoked; a sliding
 * lookup also pushes the expiry out (the "stay logged in while active" policy). Methods taking the text a
 * client presented validate it with {@link SessionId#parse(String)} before any I/O and throw
 * {@link InvalidSessionIdException} for malformed input. Server failures surface as {@link SessionStoreException}.
 *
 * <p>Implementations are thread-safe and meant to be shared by all request threads.
 *
 * <p>Contract shared by every implementation (checked by one test suite run against each):
 *
 * <ul>
 *   <li>{@link #lookup} returns exactly what {@link #create} stored until the TTL has passed, then nothing;
 *   <li>{@link #lookupAndExtend} returns the same and restarts the TTL from now;
 *   <li>{@link #revoke} makes later lookups return nothing and reports whether a live session was removed;
 *   <li>{@link #populate} writes {@code count} sessions whose ids are {@link SessionId#deterministic(long, long)}
 *       of the given seed and indexes {@code 0 … count-1}, so callers can regenerate hit keys.
 * </ul>
 */
public interface SessionStore extends AutoCloseable {
  /** The longest time to live a store accepts. */
  Duration MAX_TTL = Duration.ofDays(366);

  /** The shortest time to live a store accepts: expiry is tracked to the millisecond. */
  Duration MIN_TTL = Duration.ofMillis(1);

  /** Stores {@code data} under a fresh random id that expires after {@code ttl}, and returns that id. */
  SessionId create(SessionData data, Duration ttl);

  /** The session's data, or empty when it never existed, expired or was revoked. */
  Optional<SessionData> lookup(SessionId id);

  /** Like {@link #lookup(SessionId)} but also resets the session's expiry to {@code ttl} from now. */
  Optional<SessionData> lookupAndExtend(SessionId id, Duration ttl);

  /** Removes the session; returns whether a live session was removed. */
  boolean revoke(SessionId id);

  /**
   * Bulk-writes {@code count} sessions for benchmarks, as fast as the store allows (pipelining, COPY). Session
   * {@code i} has id {@code SessionId.deterministic(seed, i)} and data {@code dataForIndex.apply(i)}. Meant for
   * an empty namespace (see {@link #clear()}): Redis overwrites sessions with the same ids, PostgreSQL's COPY
   * rejects them.
   *
   * @return the number of sessions written
   */
  long populate(long seed, int count, LongFunction<SessionData> dataForIndex, Duration ttl);

  /** Removes every session in this store's namespace (its key prefix or table), for benchmark set-up. */
  void clear();

  /** The number of live sessions in this store (its key prefix or table). Scans: meant for checks, not hot paths. */
  long count();

  /** Releases connections this store opened; a store built on a caller's client or pool leaves those open. */
  @Override
  void close();

  /** {@link #lookup(SessionId)} for the text a client presented, validated before any I/O. */
  default Optional<SessionData> lookup(String presentedId) {
    return lookup(SessionId.parse(presentedId));
  }

  /** {@link #lookupAndExtend(SessionId, Duration)} for the text a client presented, validated before any I/O. */
  default Optional<SessionData> lookupAndExtend(String presentedId, Duration ttl) {
    return lookupAndExtend(SessionId.parse(presentedId), ttl);
  }

  /** {@link #revoke(SessionId)} for the text a client presented, validated before any I/O. */
  default boolean revoke(String presentedId) {
    return revoke(SessionId.parse(presentedId));
  }

  /** Checks that {@code ttl} lies within {@link #MIN_TTL} … {@link #MAX_TTL} and returns it. */
  static Duration requireValidTtl(Duration ttl) {
    Objects.requireNonNull(ttl, "ttl");
    if (ttl.compareTo(MIN_TTL) < 0 || ttl.compareTo(MAX_TTL) > 0) {
      throw new IllegalArgumentException("session TTL must be between " + MIN_TTL + " and " + MAX_TTL + ", got " + ttl);
    }
    return ttl;
  }

  /** Checks a population size. */
  static int requireValidCount(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("session count must not be negative, got " + count);
    }
    return count;
  }
}
