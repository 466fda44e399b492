package dev.statebench.lbsim.engine;

/** What a drained backend still serves until its deadline. */
public enum DrainMode {
  /**
   * HAProxy's drain state ({@code set server … state drain}): no new sessions, but requests of sessions pinned to it
   * by a cookie still go there.
   */
  HAPROXY,
  /**
   * AWS ALB target deregistration: no new requests at all, pinned sessions included (they are re-dispatched);
   * requests already in flight may complete until the deregistration delay (the deadline).
   */
  DEREGISTER
}
