package dev.statebench.session;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a server keeps for one session: who the user is, their roles, when the session began and was last
 * seen, and an optional opaque payload (a shopping cart, preferences, a CSRF secret…) whose size benchmarks vary.
 *
 * <p>Times are kept to the millisecond, the precision of {@link SessionDataCodec}. Sizes are capped so that a
 * session can never grow into a denial of service: see the {@code MAX_*} constants.
 *
 * @param userId the user's id, 1 to {@value #MAX_USER_ID_BYTES} bytes of UTF-8
 * @param roles at most {@value #MAX_ROLES} role names, each 1 to {@value #MAX_ROLE_BYTES} bytes of UTF-8
 * @param createdAt when the session began
 * @param lastSeenAt when the user was last seen, not before {@code createdAt}
 * @param payload opaque application data, at most {@value #MAX_PAYLOAD_BYTES} bytes; empty when unused
 */
public record SessionData(String userId, List<String> roles, Instant createdAt, Instant lastSeenAt, byte[] payload) {
  public static final int MAX_USER_ID_BYTES = 256;
  public static final int MAX_ROLES = 64;
  public static final int MAX_ROLE_BYTES = 64;
  public static final int MAX_PAYLOAD_BYTES = 64 * 1024;

  public SessionData {
    Objects.requireNonNull(userId, "userId");
    roles = List.copyOf(Objects.requireNonNull(roles, "roles"));
    createdAt = Objects.requireNonNull(createdAt, "createdAt").truncatedTo(ChronoUnit.MILLIS);
    lastSeenAt = Objects.requireNonNull(lastSeenAt, "lastSeenAt").truncatedTo(ChronoUnit.MILLIS);
    payload = Objects.requireNonNull(payload, "payload").clone();
    requireUtf8Length(userId, 1, MAX_USER_ID_BYTES, "user id");
    if (roles.size() > MAX_ROLES) {
      throw new IllegalArgumentException("at most " + MAX_ROLES + " roles, got " + roles.size());
    }
    roles.forEach(role -> requireUtf8Length(role, 1, MAX_ROLE_BYTES, "role"));
    if (lastSeenAt.isBefore(createdAt)) {
      throw new IllegalArgumentException("lastSeenAt " + lastSeenAt + " is before createdAt " + createdAt);
    }
    if (payload.length > MAX_PAYLOAD_BYTES) {
      throw new IllegalArgumentException("payload of " + payload.length + " bytes exceeds " + MAX_PAYLOAD_BYTES);
    }
  }

  /** A session that begins now, without payload. */
  public static SessionData startingNow(String userId, List<String> roles) {
    Instant now = Instant.now();
    return new SessionData(userId, roles, now, now, new byte[0]);
  }

  /** A copy of the payload (records expose components, and arrays are mutable). */
  @Override
  public byte[] payload() {
    return payload.clone();
  }

  /** Payload size in bytes, without copying it. */
  public int payloadSize() {
    return payload.length;
  }

  /** This session with another payload. */
  public SessionData withPayload(byte[] newPayload) {
    return new SessionData(userId, roles, createdAt, lastSeenAt, newPayload);
  }

  /** The payload itself, for the codec; callers must not modify it. */
  byte[] payloadUnsafe() {
    return payload;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SessionData other
        && userId.equals(other.userId)
        && roles.equals(other.roles)
        && createdAt.equals(other.createdAt)
        && lastSeenAt.equals(other.lastSeenAt)
        && Arrays.equals(payload, other.payload);
  }

  @Override
  public int hashCode() {
    return Objects.hash(userId, roles, createdAt, lastSeenAt, Arrays.hashCode(payload));
  }

  @Override
  public String toString() {
    return "SessionData[userId=" + userId + ", roles=" + roles + ", createdAt=" + createdAt
        + ", lastSeenAt=" + lastSeenAt + ", payload=" + payload.length + " bytes]";
  }

  private static void requireUtf8Length(String text, int min, int max, String what) {
    Objects.requireNonNull(text, what);
    int length = text.getBytes(StandardCharsets.UTF_8).length;
    if (length < min || length > max) {
      throw new IllegalArgumentException(what + " must be " + min + " to " + max + " bytes of UTF-8, got " + length);
    }
  }
}
