package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.model.RandomStream;

/**
 * State models {@code redis} and {@code sql}: the session lives in a shared store, read on every request as a remote
 * wait that holds no worker. Every request is checked against the store, so a revoked session is denied on its next
 * request, and every request fails while the store is down.
 */
final class StoreStateCosts implements StateCosts {
  private final SessionState state;
  private final RevocationRecorder revocation;

  StoreStateCosts(SessionState state, RevocationRecorder revocation) {
    this.state = state;
    this.revocation = revocation;
  }

  @Override
  public boolean usesStore() {
    return true;
  }

  @Override
  public boolean needsStore(int s, long now) {
    return true;
  }

  @Override
  public void addCosts(RequestCost cost, int s, long now, RandomStream random, boolean measuring) {
    revocation.lookup(s, now, measuring);
    cost.remote += Math.round(state.lookup().sample(random));
  }
}
