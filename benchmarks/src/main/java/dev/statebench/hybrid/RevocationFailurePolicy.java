package dev.statebench.hybrid;

/**
 * What a {@link RevocableVerifier} does with a token that verifies when the revocation store cannot be asked
 * (down, frozen, timing out): the availability-versus-security choice every "JWT plus denylist" deployment makes,
 * usually without saying so.
 */
public enum RevocationFailurePolicy {
  /**
   * Reject the request: nothing revoked is ever accepted, but the store's outage becomes the service's outage, as
   * with server-side sessions.
   */
  FAIL_CLOSED,

  /**
   * Accept the token unchecked: requests keep being served during the outage, and every revoked token that is still
   * within its lifetime is accepted until the store answers again — the security cost, which is counted.
   */
  FAIL_OPEN
}
