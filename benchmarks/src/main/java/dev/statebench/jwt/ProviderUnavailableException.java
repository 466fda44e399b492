package dev.statebench.jwt;

/** A crypto provider cannot run on this platform; the message says which and why, so runs can skip it visibly. */
public final class ProviderUnavailableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ProviderUnavailableException(CryptoProvider provider, String reason) {
    super("crypto provider " + provider + " is unavailable: " + reason);
  }
}
