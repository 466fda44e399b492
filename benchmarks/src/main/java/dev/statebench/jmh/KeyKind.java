package dev.statebench.jmh;

import dev.statebench.session.SessionId;

/** Whether lookups find a session: the {@code key} axis of the lookup benchmarks. */
public enum KeyKind {
  /** Ids of populated sessions. */
  HIT {
    @Override
    SessionId[] ids(int population) {
      return SessionKeyPool.hits(population);
    }
  },
  /** Ids no session has: the cost of an unknown or expired cookie. */
  MISS {
    @Override
    SessionId[] ids(int population) {
      return SessionKeyPool.misses();
    }
  };

  abstract SessionId[] ids(int population);

  /** Fails the trial unless a probe lookup found a session exactly when this kind expects one. */
  void check(boolean found, String store) {
    if (found != (this == HIT)) {
      throw new IllegalStateException(store + " fixture broken: a " + name() + " key was "
          + (found ? "found" : "not found") + " after populating");
    }
  }
}
