package dev.statebench.jwt;

/** A verifier refused a token. Carries a machine-readable reason and a human-readable detail. */
public final class TokenRejectedException extends Exception {
  private static final long serialVersionUID = 1L;

  private final RejectReason reason;

  public TokenRejectedException(RejectReason reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  public RejectReason reason() {
    return reason;
  }
}
