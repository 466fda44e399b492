package dev.statebench.session;

import java.time.Instant;
import java.util.List;

/**
 * Deterministic session data for populating stores in benchmarks and smoke runs: session {@code i} always has
 * the same user, roles, times and payload, so a reader can check what it finds without storing expectations.
 */
public final class SampleSessions {
  private static final Instant ORIGIN = Instant.parse("2026-01-01T00:00:00Z");
  private static final List<List<String>> ROLE_SETS =
      List.of(List.of("user"), List.of("user", "editor"), List.of("user", "billing"), List.of("admin", "user"));

  private SampleSessions() {}

  /** The data of sample session {@code index}, with a payload of {@code payloadBytes} bytes. */
  public static SessionData forIndex(long index, int payloadBytes) {
    Instant created = ORIGIN.plusSeconds(index % 86_400);
    byte[] payload = new byte[payloadBytes];
    for (int i = 0; i < payloadBytes; i++) {
      payload[i] = (byte) (index + i);
    }
    return new SessionData("user-" + index, ROLE_SETS.get((int) (index & 3)), created, created.plusSeconds(60), payload);
  }
}
