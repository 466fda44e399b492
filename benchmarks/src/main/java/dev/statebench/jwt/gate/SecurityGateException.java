package dev.statebench.jwt.gate;

import dev.statebench.UserFacingException;

/** A verifier configuration failed the security gate: it must not be timed, and the run stops. */
public final class SecurityGateException extends UserFacingException {
  private static final long serialVersionUID = 1L;

  public SecurityGateException(String message) {
    super(message);
  }
}
