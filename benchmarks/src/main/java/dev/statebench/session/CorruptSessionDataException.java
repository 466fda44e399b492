package dev.statebench.session;

/** Stored session bytes cannot be decoded: truncated, an unknown format version, or limits exceeded. */
public final class CorruptSessionDataException extends SessionStoreException {
  private static final long serialVersionUID = 1L;

  CorruptSessionDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
