package dev.statebench.session;

/** A session store could not complete an operation: the server failed, timed out, or returned bad data. */
public class SessionStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SessionStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
