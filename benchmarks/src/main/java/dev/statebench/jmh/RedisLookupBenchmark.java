package dev.statebench.jmh;

import dev.statebench.session.RedisSessionStore;
import dev.statebench.session.SampleSessions;
import dev.statebench.session.SessionData;
import dev.statebench.session.SessionId;
import dev.statebench.session.SessionStore;
import io.lettuce.core.RedisClient;
import java.time.Duration;
import java.util.Optional;
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
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Question: what does one server-side session lookup in Redis cost a request thread (one client, one request at a
 * time), and how do the command ({@code GET}, sliding {@code GETEX}, hash {@code HGETALL}), a hit or a miss, the
 * session size and the number of stored sessions change it?
 *
 * <p>Each trial empties the key prefix, writes {@code population} sessions of {@code payload} bytes (pipelined, before
 * timing), checks that a hit key is found and a miss key is not, then times {@link SessionStore} lookups of random
 * hit (or miss) ids through the production store on one lettuce connection, sync API, including decoding.
 *
 * <p>Run: {@code statebench run --profile quick --include RedisLookup}, or
 * {@code statebench jmh RedisLookupBenchmark -p command=GET -p key=HIT -p payload=1024 -p population=10000}
 * (embedded Redis unless {@code STATEBENCH_REDIS_URL} is set). Choose values with {@code -p}: the annotation defaults
 * are the whole cross product, and 1M sessions of 8 KiB need about 9 GB of Redis memory.
 *
 * <p>Read: µs per lookup (lower is better); on loopback it is a network round trip of tens of microseconds, not the
 * "1–5 ms" of folklore. Compare with {@code JwtVerifyBenchmark} at the same unit; sample mode and the {@code .hlog}
 * files give the tail. A miss shows the round trip without the payload; 8 KiB shows the cost of bytes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RedisLookupBenchmark {
  /** Sessions written at set-up outlive any trial. */
  static final Duration POPULATION_TTL = Duration.ofHours(2);

  @Param({"GET", "GETEX", "HGETALL"})
  RedisLookupCommand command;

  @Param({"HIT", "MISS"})
  KeyKind key;

  @Param({"128", "1024", "8192"})
  int payload;

  @Param({"10000", "1000000"})
  int population;

  RedisClient client;
  SessionStore store;
  SessionId[] ids;
  int index;
  LatencyLog latency;

  @Setup(Level.Trial)
  public void populate(BenchmarkParams params, ThreadParams thread) {
    client = RedisSessionStore.newClient(ForkServers.get().redis().uri());
    store = command.open(client, "statebench:bench:" + command.name().toLowerCase() + ":");
    store.clear();
    store.populate(SessionKeyPool.SEED, population, i -> SampleSessions.forIndex(i, payload), POPULATION_TTL);
    ids = key.ids(population);
    key.check(command.lookup(store, ids[0]).isPresent(), "Redis " + command);
    latency = LatencyLog.open(params, thread);
  }

  @Setup(Level.Iteration)
  public void beginIteration(IterationParams iteration) {
    latency.beginIteration(iteration);
  }

  /** Looks up the next id of the pool. */
  @Benchmark
  public Optional<SessionData> lookup() {
    long start = latency.start();
    Optional<SessionData> session = command.lookup(store, ids[index++ & SessionKeyPool.MASK]);
    latency.record(start);
    return session;
  }

  @TearDown(Level.Iteration)
  public void endIteration() {
    latency.endIteration();
  }

  @TearDown(Level.Trial)
  public void clear() {
    latency.close();
    store.clear();
    store.close();
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }
}
