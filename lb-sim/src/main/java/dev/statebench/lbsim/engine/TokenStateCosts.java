package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.model.RandomStream;

/**
 * State model {@code jwt}: the session travels in a signed token verified on the backend's CPU on every request.
 * With an access-token lifetime, the first request after the token expired refreshes it with a store lookup (and is
 * denied if the session was revoked); the requests in between are accepted on the token alone. Only a due refresh
 * needs the store, so during a store outage the other requests keep being served.
 */
final class TokenStateCosts implements StateCosts {
  private final SessionState state;
  private final SessionTable sessions;
  private final RevocationRecorder revocation;
  private final long ttl;

  TokenStateCosts(SessionState state, SessionTable sessions, RevocationRecorder revocation) {
    this.state = state;
    this.sessions = sessions;
    this.revocation = revocation;
    this.ttl = state.accessTtlNanos();
  }

  @Override
  public boolean usesStore() {
    return ttl > 0;
  }

  @Override
  public boolean needsStore(int s, long now) {
    return ttl > 0 && now - sessions.tokenAt(s) >= ttl;
  }

  @Override
  public void addCosts(RequestCost cost, int s, long now, RandomStream random, boolean measuring) {
    cost.work += Math.round(state.verify().sample(random));
    if (needsStore(s, now)) {
      revocation.lookup(s, now, measuring);
      cost.remote += Math.round(state.lookup().sample(random));
    } else if (ttl > 0) {
      sessions.setUncheckedAt(s, now);
    }
  }
}
