package dev.statebench.jmh;

import dev.statebench.session.RedisSessionStore;
import dev.statebench.session.SampleSessions;
import dev.statebench.session.SessionData;
import dev.statebench.session.SessionId;
import io.lettuce.core.RedisClient;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Question: with the async API, how much does keeping N Redis lookups in flight on one connection lower the cost per
 * lookup (pipelining), compared with the sync API's one round trip at a time?
 *
 * <p>Each invocation starts {@code inFlight} {@link RedisSessionStore#lookupAsync} calls for random hit ids (10k
 * sessions of 1 KiB, populated before timing) and waits for all of them; the score is per batch.
 *
 * <p>Run: {@code statebench jmh RedisPipelinedLookupBenchmark -p inFlight=1,8,32}.
 *
 * <p>Read: µs per batch; divide by {@code inFlight} for the amortised cost per lookup. {@code inFlight=1} is the async
 * API's own round trip, to compare with {@code RedisLookupBenchmark} GET (sync).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RedisPipelinedLookupBenchmark {
  static final int POPULATION = 10_000;

  @Param({"1", "8", "32"})
  int inFlight;

  RedisClient client;
  RedisSessionStore store;
  SessionId[] ids;
  CompletableFuture<?>[] batch;
  int index;

  @Setup(Level.Trial)
  public void populate() {
    client = RedisSessionStore.newClient(ForkServers.get().redis().uri());
    store = new RedisSessionStore(client, "statebench:bench:async:");
    store.clear();
    store.populate(SessionKeyPool.SEED, POPULATION, i -> SampleSessions.forIndex(i, 1024),
        RedisLookupBenchmark.POPULATION_TTL);
    ids = KeyKind.HIT.ids(POPULATION);
    KeyKind.HIT.check(store.lookupAsync(ids[0]).join().isPresent(), "Redis async GET");
    batch = new CompletableFuture<?>[inFlight];
  }

  /** Starts {@code inFlight} lookups and waits for all; returns the last one's result. */
  @Benchmark
  public Object lookupBatch() {
    for (int i = 0; i < inFlight; i++) {
      batch[i] = store.lookupAsync(ids[index++ & SessionKeyPool.MASK]);
    }
    CompletableFuture.allOf(batch).join();
    @SuppressWarnings("unchecked")
    Optional<SessionData> last = (Optional<SessionData>) batch[inFlight - 1].join();
    return last;
  }

  @TearDown(Level.Trial)
  public void clear() {
    store.clear();
    store.close();
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }
}
