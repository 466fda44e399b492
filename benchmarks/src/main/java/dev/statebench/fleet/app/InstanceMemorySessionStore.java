package dev.statebench.fleet.app;

import dev.statebench.session.SessionData;
import dev.statebench.session.SessionId;
import dev.statebench.session.SessionStore;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;

/**
 * The {@code local} state model: sessions in a map in the instance's own memory, which die with the process. This is
 * the hidden state that makes an instance kill or a drain deadline log users out; it is deliberately ordinary
 * ({@link ConcurrentHashMap}, expiry checked on lookup), as an application that keeps sessions in memory would be.
 */
final class InstanceMemorySessionStore implements SessionStore {
  private record Entry(SessionData data, long expiresAtNanos) {}

  private final ConcurrentHashMap<SessionId, Entry> sessions = new ConcurrentHashMap<>();

  @Override
  public SessionId create(SessionData data, Duration ttl) {
    SessionId id = SessionId.random();
    sessions.put(id, new Entry(data, System.nanoTime() + SessionStore.requireValidTtl(ttl).toNanos()));
    return id;
  }

  @Override
  public Optional<SessionData> lookup(SessionId id) {
    Entry entry = sessions.get(id);
    if (entry == null) {
      return Optional.empty();
    }
    if (System.nanoTime() - entry.expiresAtNanos() >= 0) {
      sessions.remove(id, entry);
      return Optional.empty();
    }
    return Optional.of(entry.data());
  }

  @Override
  public Optional<SessionData> lookupAndExtend(SessionId id, Duration ttl) {
    long expires = System.nanoTime() + SessionStore.requireValidTtl(ttl).toNanos();
    Optional<SessionData> found = lookup(id);
    found.ifPresent(data -> sessions.computeIfPresent(id, (k, e) -> new Entry(e.data(), expires)));
    return found;
  }

  @Override
  public boolean revoke(SessionId id) {
    return sessions.remove(id) != null;
  }

  @Override
  public long populate(long seed, int count, LongFunction<SessionData> dataForIndex, Duration ttl) {
    long expires = System.nanoTime() + SessionStore.requireValidTtl(ttl).toNanos();
    for (int i = 0; i < SessionStore.requireValidCount(count); i++) {
      sessions.put(SessionId.deterministic(seed, i), new Entry(dataForIndex.apply(i), expires));
    }
    return count;
  }

  @Override
  public void clear() {
    sessions.clear();
  }

  @Override
  public long count() {
    long now = System.nanoTime();
    return sessions.values().stream().filter(e -> now - e.expiresAtNanos() < 0).count();
  }

  @Override
  public void close() {
    sessions.clear();
  }
}
