package dev.statebench.lbsim.router;

/** Which identity a hashing policy hashes: the session (affinity cookie) or the client address (source IP). */
public enum HashKey {
  SESSION,
  CLIENT;

  public long of(RoutingRequest request) {
    return this == SESSION ? request.sessionId() : request.clientAddress();
  }

  /** Reads the {@code key} option of a hashing policy (default {@code session}). */
  public static HashKey fromOption(PolicySpec spec) {
    String value = spec.stringOption("key", "session");
    return switch (value) {
      case "session" -> SESSION;
      case "client" -> CLIENT;
      default -> throw spec.invalid("key", "must be 'session' or 'client', not '" + value + "'");
    };
  }
}
