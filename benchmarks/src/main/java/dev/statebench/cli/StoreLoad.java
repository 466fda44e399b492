package dev.statebench.cli;

import dev.statebench.UserFacingException;
import dev.statebench.session.SampleSessions;
import dev.statebench.session.SessionData;
import dev.statebench.session.SessionStore;
import java.time.Duration;

/** Empties a store and bulk-loads sample sessions into it, timing the load; shared by populate and smoke. */
final class StoreLoad {
  private StoreLoad() {}

  /** How long a load took and what the store held afterwards. */
  record Result(long nanos, int count, long countAfter) {
    double seconds() {
      return nanos / 1e9;
    }

    double perSecond() {
      return count / Math.max(seconds(), 1e-9);
    }
  }

  /** Rejects option values that cannot work, with one line naming the option. */
  static void validate(int count, int payloadBytes, long ttlSeconds) {
    if (count < 0) {
      throw new UserFacingException("--count must not be negative, got " + count);
    }
    if (payloadBytes < 0 || payloadBytes > SessionData.MAX_PAYLOAD_BYTES) {
      throw new UserFacingException("--payload-bytes must be 0 to " + SessionData.MAX_PAYLOAD_BYTES + ", got " + payloadBytes);
    }
    if (ttlSeconds < 1 || Duration.ofSeconds(ttlSeconds).compareTo(SessionStore.MAX_TTL) > 0) {
      throw new UserFacingException("--ttl-seconds must be 1 to " + SessionStore.MAX_TTL.toSeconds() + ", got " + ttlSeconds);
    }
  }

  /** Clears {@code store}, then writes {@code count} sample sessions and times only the writing. */
  static Result populate(SessionStore store, long seed, int count, int payloadBytes, Duration ttl) {
    store.clear();
    long start = System.nanoTime();
    store.populate(seed, count, i -> SampleSessions.forIndex(i, payloadBytes), ttl);
    long nanos = System.nanoTime() - start;
    return new Result(nanos, count, store.count());
  }
}
