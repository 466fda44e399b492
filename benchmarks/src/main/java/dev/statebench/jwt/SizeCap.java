package dev.statebench.jwt;

/**
 * The token size cap, checked before any decoding: nimbus itself parses a token with a 1 MiB claim, so a verifier
 * must bound the work an unauthenticated caller can cause.
 */
public final class SizeCap {
  /**
   * Default cap: 16 KiB, the per-header limit of AWS ALB and Cloudflare. The largest fixture token
   * ({@link TokenProfile#GROUPS_200} signed with RSA-4096) is about 11.5 KB, so every fixture fits.
   */
  public static final int DEFAULT_MAX_TOKEN_CHARS = 16 * 1024;

  private SizeCap() {}

  static void check(String token, int maxTokenChars) throws TokenRejectedException {
    if (token.length() > maxTokenChars) {
      throw new TokenRejectedException(RejectReason.OVERSIZED,
          "token has " + token.length() + " characters, the cap is " + maxTokenChars);
    }
  }
}
