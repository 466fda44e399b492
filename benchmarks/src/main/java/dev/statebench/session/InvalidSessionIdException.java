package dev.statebench.session;

/**
 * A presented session id is not well formed: wrong length or a character outside base64url. Raised before any
 * server is contacted, so garbage from a client never costs a round trip. The message never echoes the input.
 */
public final class InvalidSessionIdException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  InvalidSessionIdException(String reason) {
    super("malformed session id: " + reason);
  }
}
