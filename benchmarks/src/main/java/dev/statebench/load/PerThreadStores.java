package dev.statebench.load;

import dev.statebench.session.SessionData;
import dev.statebench.session.SessionId;
import dev.statebench.session.SessionStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One store (and so one connection) per calling thread, opened on the thread's first request and closed together:
 * how a team gives each request thread its own Redis connection instead of sharing one.
 */
final class PerThreadStores implements SessionReader, AutoCloseable {
  private final List<SessionStore> opened = new ArrayList<>();
  private final ThreadLocal<SessionStore> stores;

  PerThreadStores(Supplier<SessionStore> factory) {
    this.stores = ThreadLocal.withInitial(() -> {
      SessionStore store = factory.get();
      synchronized (opened) {
        opened.add(store);
      }
      return store;
    });
  }

  @Override
  public Optional<SessionData> lookup(SessionId id) {
    return stores.get().lookup(id);
  }

  @Override
  public void close() {
    synchronized (opened) {
      opened.forEach(SessionStore::close);
      opened.clear();
    }
  }
}
