package dev.statebench.session;

import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * An opaque session id: 128 random bits, written as 22 base64url characters without padding (what a cookie
 * carries).
 *
 * <p>{@link #parse(String)} validates length and alphabet before anything else happens, so stores never send
 * malformed input to a server. {@link #random()} draws from a shared {@link SecureRandom}; that is how real
 * sessions are created. {@link #deterministic(long, long)} derives ids from a seed and an index so that a
 * benchmark can regenerate the id of any pre-populated session (a hit key) without keeping a million ids in
 * memory; such ids are guessable and are for benchmarks only.
 *
 * @param value the 22-character base64url text
 */
public record SessionId(String value) {
  /** Characters in the text form: 128 bits in base64url without padding. */
  public static final int LENGTH = 22;

  /** Random bytes behind an id. */
  public static final int BYTES = 16;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  public SessionId {
    Objects.requireNonNull(value, "value");
    validate(value);
  }

  /** Parses the text a client presented, rejecting anything that is not 22 base64url characters. */
  public static SessionId parse(String text) {
    if (text == null) {
      throw new InvalidSessionIdException("missing");
    }
    return new SessionId(text);
  }

  /** A fresh id from {@link SecureRandom}. */
  public static SessionId random() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return fromBytes(bytes);
  }

  /**
   * The id number {@code index} of the sequence named {@code seed}: the same arguments always give the same
   * id, different ones give unrelated ids. Built from two rounds of the SplitMix64 finaliser (Steele, Lea,
   * Flood: "Fast splittable pseudorandom number generators", OOPSLA 2014). For benchmarks only.
   */
  public static SessionId deterministic(long seed, long index) {
    long high = mix(seed ^ mix(index));
    long low = mix(high ^ 0x9E3779B97F4A7C15L ^ index);
    return fromBytes(ByteBuffer.allocate(BYTES).putLong(high).putLong(low).array());
  }

  @Override
  public String toString() {
    return value;
  }

  private static SessionId fromBytes(byte[] bytes) {
    return new SessionId(ENCODER.encodeToString(bytes));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static void validate(String text) {
    if (text.length() != LENGTH) {
      throw new InvalidSessionIdException("expected " + LENGTH + " characters, got " + text.length());
    }
    for (int i = 0; i < LENGTH; i++) {
      char c = text.charAt(i);
      boolean base64url = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_';
      if (!base64url) {
        throw new InvalidSessionIdException("character " + (i + 1) + " is not base64url");
      }
    }
    // 22 characters carry 132 bits; the last one holds 2 data bits, so only A, Q, g and w are canonical.
    char last = text.charAt(LENGTH - 1);
    if (last != 'A' && last != 'Q' && last != 'g' && last != 'w') {
      throw new InvalidSessionIdException("last character is not a canonical 128-bit encoding");
    }
  }
}
