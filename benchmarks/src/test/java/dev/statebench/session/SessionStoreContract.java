package dev.statebench.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The behaviour every {@link SessionStore} must show, run once per implementation against a real server.
 * Each test gets a store in a namespace of its own (key prefix or table), so tests cannot see each other's data.
 */
abstract class SessionStoreContract {
  private static final Duration LONG_TTL = Duration.ofMinutes(10);
  /** Long enough that a session is still there when checked right after creation, even on a loaded machine. */
  private static final Duration SHORT_TTL = Duration.ofSeconds(2);
  private static final Duration DEADLINE = Duration.ofSeconds(20);
  private static final AtomicInteger NAMESPACES = new AtomicInteger();

  private SessionStore store;

  /** A store in the namespace {@code name} (a fresh key prefix or table), ready to use. */
  protected abstract SessionStore openStore(String name);

  @BeforeEach
  void openFreshStore() {
    store = openStore("contract_" + NAMESPACES.incrementAndGet());
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  @Test
  void create_thenLookupReturnsTheStoredData() {
    SessionData data = session("alice", 16);

    SessionId id = store.create(data, LONG_TTL);

    assertThat(store.lookup(id)).contains(data);
    assertThat(store.lookup(id.value())).contains(data);
  }

  @Test
  void create_givesEverySessionAFreshId() {
    SessionId first = store.create(session("alice", 0), LONG_TTL);
    SessionId second = store.create(session("alice", 0), LONG_TTL);

    assertThat(first).isNotEqualTo(second);
    assertThat(store.count()).isEqualTo(2);
  }

  @Test
  void lookup_unknownId_isEmpty() {
    store.create(session("alice", 0), LONG_TTL);

    assertThat(store.lookup(SessionId.random())).isEmpty();
    assertThat(store.lookupAndExtend(SessionId.random(), LONG_TTL)).isEmpty();
    assertThat(store.revoke(SessionId.random())).isFalse();
  }

  @Test
  void lookup_afterTheTtlHasPassed_isEmpty() {
    SessionId id = store.create(session("alice", 0), SHORT_TTL);
    assertThat(store.lookup(id)).isPresent();

    awaitTrue(() -> store.lookup(id).isEmpty(), "session to expire");

    assertThat(store.lookupAndExtend(id, LONG_TTL)).as("an expired session cannot be revived").isEmpty();
    assertThat(store.lookup(id)).isEmpty();
  }

  @Test
  void lookupAndExtend_keepsTheSessionAliveBeyondItsFirstTtl() {
    // Two sessions with the same short TTL; only one is extended. Once the other has expired, the
    // extended one must still be there: it outlived the TTL it was created with.
    SessionData data = session("bob", 8);
    SessionId extended = store.create(data, SHORT_TTL);
    SessionId untouched = store.create(session("carol", 0), SHORT_TTL);

    assertThat(store.lookupAndExtend(extended, LONG_TTL)).contains(data);
    awaitTrue(() -> store.lookup(untouched).isEmpty(), "the unextended session to expire");

    assertThat(store.lookup(extended)).contains(data);
  }

  @Test
  void lookupAndExtend_canAlsoShortenTheTtl() {
    SessionId id = store.create(session("dave", 0), LONG_TTL);

    assertThat(store.lookupAndExtend(id, Duration.ofMillis(300))).isPresent();

    awaitTrue(() -> store.lookup(id).isEmpty(), "the shortened session to expire");
  }

  @Test
  void revoke_makesLaterLookupsEmptyAndReportsWhetherASessionWentAway() {
    SessionId revoked = store.create(session("erin", 0), LONG_TTL);
    SessionId kept = store.create(session("frank", 0), LONG_TTL);

    assertThat(store.revoke(revoked)).isTrue();

    assertThat(store.lookup(revoked)).isEmpty();
    assertThat(store.lookupAndExtend(revoked, LONG_TTL)).isEmpty();
    assertThat(store.revoke(revoked)).as("second revoke finds nothing").isFalse();
    assertThat(store.lookup(kept)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "",
    "short",
    "AAAAAAAAAAAAAAAAAAAAAAA", // 23 characters
    "AAAAAAAAAAAAAAAAAAAAA", // 21 characters
    "AAAAAAAAAAAAAAAAAAAA+A", // standard base64, not base64url
    "AAAAAAAAAAAAAAAAAAAAA=", // padding
    "AAAAAAAAAAAAAAAAAAAAAB", // 132 bits: not a canonical encoding of 128
    "AAAAAAAAAA'; DROP x;-A",
    "AAAAAAAAAAAAAAAAAAA*AA",
    "AAAAAAAAAAAAAAAAAAAA\u00e9A"
  })
  void malformedIds_areRejectedWithoutTouchingTheServer(String presented) {
    // A closed store fails on any I/O; a malformed id must be refused before the store tries.
    SessionStore closed = openStore("contract_closed_" + NAMESPACES.incrementAndGet());
    closed.close();
    assertThatThrownBy(() -> closed.lookup(SessionId.random())).as("the closed store does fail on I/O")
        .isNotInstanceOf(InvalidSessionIdException.class);

    assertThatThrownBy(() -> closed.lookup(presented)).isInstanceOf(InvalidSessionIdException.class);
    assertThatThrownBy(() -> closed.lookupAndExtend(presented, LONG_TTL)).isInstanceOf(InvalidSessionIdException.class);
    assertThatThrownBy(() -> closed.revoke(presented)).isInstanceOf(InvalidSessionIdException.class);
    assertThatThrownBy(() -> store.lookup(presented)).isInstanceOf(InvalidSessionIdException.class);
  }

  @Test
  void nullId_isRejected() {
    assertThatThrownBy(() -> store.lookup((String) null)).isInstanceOf(InvalidSessionIdException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 100, 1024, 16 * 1024, SessionData.MAX_PAYLOAD_BYTES})
  void payloads_roundTripByteForByte(int size) {
    SessionData data = session("grace", size);

    SessionId id = store.create(data, LONG_TTL);

    Optional<SessionData> found = store.lookup(id);
    assertThat(found).contains(data);
    assertThat(found.orElseThrow().payloadSize()).isEqualTo(size);
    assertThat(store.lookupAndExtend(id, LONG_TTL)).contains(data);
  }

  @Test
  void manyThreads_createLookUpAndRevokeTheirOwnSessionsWithoutInterference() throws Exception {
    int threads = 8;
    int sessionsPerThread = 100;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Integer>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String user = "user-" + t;
        workers.add(() -> {
          int kept = 0;
          for (int i = 0; i < sessionsPerThread; i++) {
            SessionData data = session(user, i);
            SessionId id = store.create(data, LONG_TTL);
            assertThat(store.lookup(id)).contains(data);
            assertThat(store.lookupAndExtend(id, LONG_TTL)).contains(data);
            if (i % 2 == 0) {
              assertThat(store.revoke(id)).isTrue();
              assertThat(store.lookup(id)).isEmpty();
            } else {
              kept++;
            }
          }
          return kept;
        });
      }
      int expected = 0;
      for (Future<Integer> result : pool.invokeAll(workers)) {
        expected += result.get();
      }
      assertThat(expected).isEqualTo(threads * sessionsPerThread / 2);
      assertThat(store.count()).isEqualTo(expected);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void populate_writesCountSessionsUnderDeterministicIds() {
    int count = 20_000;
    long seed = 7;
    Instant start = Instant.parse("2026-01-01T00:00:00Z");

    long written = store.populate(seed, count, i -> sampleForIndex(i, start), LONG_TTL);

    assertThat(written).isEqualTo(count);
    assertThat(store.count()).isEqualTo(count);
    for (long i : new long[] {0, 1, 4096, count - 1}) {
      assertThat(store.lookup(SessionId.deterministic(seed, i))).as("session %d", i).contains(sampleForIndex(i, start));
    }
    assertThat(store.lookup(SessionId.deterministic(seed, count))).as("one past the end").isEmpty();
    assertThat(store.lookup(SessionId.deterministic(seed + 1, 0))).as("another seed").isEmpty();
  }

  @Test
  void populate_withShortTtl_expiresLikeCreatedSessions() {
    store.populate(3, 100, i -> sampleForIndex(i, Instant.EPOCH), SHORT_TTL);
    assertThat(store.lookup(SessionId.deterministic(3, 42))).isPresent();

    awaitTrue(() -> store.count() == 0, "populated sessions to expire");

    assertThat(store.lookup(SessionId.deterministic(3, 42))).isEmpty();
  }

  @Test
  void populate_ofZeroSessions_writesNothing() {
    assertThat(store.populate(1, 0, i -> sampleForIndex(i, Instant.EPOCH), LONG_TTL)).isZero();
    assertThat(store.count()).isZero();
  }

  @Test
  void clear_removesEverySessionOfThisNamespaceOnly() {
    SessionStore neighbour = openStore("contract_neighbour_" + NAMESPACES.incrementAndGet());
    try {
      SessionId mine = store.create(session("heidi", 0), LONG_TTL);
      SessionId theirs = neighbour.create(session("ivan", 0), LONG_TTL);
      store.populate(5, 2_500, i -> sampleForIndex(i, Instant.EPOCH), LONG_TTL);

      store.clear();

      assertThat(store.count()).isZero();
      assertThat(store.lookup(mine)).isEmpty();
      assertThat(neighbour.lookup(theirs)).isPresent();
    } finally {
      neighbour.close();
    }
  }

  @Test
  void invalidTtls_areRejected() {
    SessionData data = session("judy", 0);

    assertThatThrownBy(() -> store.create(data, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.create(data, Duration.ofDays(400))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.lookupAndExtend(SessionId.random(), Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.count()).isZero();
  }

  static SessionData session(String user, int payloadBytes) {
    byte[] payload = new byte[payloadBytes];
    for (int i = 0; i < payloadBytes; i++) {
      payload[i] = (byte) (i * 31 + user.hashCode());
    }
    Instant created = Instant.parse("2026-03-01T12:00:00.123Z");
    return new SessionData(user, List.of("reader", "writer"), created, created.plusSeconds(5), payload);
  }

  static SessionData sampleForIndex(long index, Instant start) {
    Instant created = start.plusSeconds(index);
    return new SessionData("user-" + index, index % 10 == 0 ? List.of("admin") : List.of(), created, created,
        new byte[(int) (index % 64)]);
  }

  private static void awaitTrue(BooleanSupplier condition, String what) {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out after " + DEADLINE.toSeconds() + " s waiting for " + what);
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what, e);
      }
    }
  }
}
