package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.model.RandomStream;

/**
 * What a state model ({@link StateModel}) does to each user request: the costs it adds, whether the request needs
 * the session store, whether the session's state lives on one backend. One implementation per model.
 */
interface StateCosts {

  /** Whether the session's state lives on the backend that created it, so a request elsewhere must log in again. */
  default boolean keepsStateOnBackend() {
    return false;
  }

  /** Whether the model consults the session store at all (revocation is tracked). */
  default boolean usesStore() {
    return false;
  }

  /** Whether session {@code s}'s request at {@code now} needs the store (and so fails while it is down). */
  default boolean needsStore(int s, long now) {
    return false;
  }

  /**
   * Adds the model's costs of session {@code s}'s request at {@code now} to {@code cost}, drawing from
   * {@code random} (seeded for this request).
   */
  default void addCosts(RequestCost cost, int s, long now, RandomStream random, boolean measuring) {}

  /** The model for {@code state}. */
  static StateCosts of(SessionState state, SessionTable sessions, RevocationRecorder revocation) {
    return switch (state.model()) {
      case NONE -> new NoStateCosts();
      case LOCAL -> new LocalStateCosts();
      case REDIS, SQL -> new StoreStateCosts(state, revocation);
      case JWT -> new TokenStateCosts(state, sessions, revocation);
    };
  }
}
