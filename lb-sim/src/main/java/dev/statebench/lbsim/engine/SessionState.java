package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.workload.Distribution;

/**
 * The state model of a run and its costs, all in nanoseconds.
 *
 * @param model where session state lives
 * @param lookup a store lookup (remote wait, holds no worker): per request for redis/sql, per refresh for jwt; may
 *     be null for local and none
 * @param verify token verification on the backend's CPU per request (jwt only), else null
 * @param login CPU work of the login request a user makes after losing a local session, else null
 * @param accessTtlNanos jwt access-token lifetime after which the next request refreshes it against the store; 0 for
 *     tokens that live as long as the session (no refresh, no revocation before the session ends)
 */
public record SessionState(StateModel model, Distribution lookup, Distribution verify, Distribution login,
    long accessTtlNanos) {

  /** No state modelled: no costs, nothing lost. */
  public static final SessionState NONE = new SessionState(StateModel.NONE, null, null, null, 0);
}
