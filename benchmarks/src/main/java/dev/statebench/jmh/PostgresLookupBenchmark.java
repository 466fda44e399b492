package dev.statebench.jmh;

import dev.statebench.session.SessionId;
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
 * Question: what does one server-side session lookup in PostgreSQL cost a request thread (one client, one request at
 * a time), and how do the statement (primary-key lookup with expiry check, sliding {@code UPDATE … RETURNING},
 * revoke-check {@code EXISTS}), the table size, a logged or {@code UNLOGGED} table and pgjdbc's protocol (prepared
 * after 5 uses, prepared at once, or the simple protocol) change it?
 *
 * <p>Each trial creates or empties its table, writes {@code rows} sessions of 1 KiB with COPY, runs
 * {@code VACUUM ANALYZE}, checks a hit, then times {@link dev.statebench.session.PostgresSessionStore} calls for
 * random hit ids through HikariCP (pool of 4) and pgjdbc, including decoding.
 *
 * <p>Run: {@code statebench run --profile quick --include PostgresLookup}, or
 * {@code statebench jmh PostgresLookupBenchmark -p query=LOOKUP -p rows=10000 -p logging=LOGGED -p protocol=DEFAULT}.
 *
 * <p>Read: µs per call (lower is better). SIMPLE ÷ DEFAULT is what prepared statements save; EXTEND − LOOKUP is the
 * price of sliding expiry (a row write and WAL per request; {@code logging=UNLOGGED} skips the WAL); 1M rows against
 * 10k shows whether the index still fits in memory.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class PostgresLookupBenchmark {
  static final int PAYLOAD = 1024;
  static final int POOL_SIZE = 4;

  @Param({"LOOKUP", "EXTEND", "EXISTS"})
  PostgresQuery query;

  @Param({"10000", "1000000"})
  int rows;

  @Param({"LOGGED", "UNLOGGED"})
  TableLogging logging;

  @Param({"DEFAULT", "PREPARE_FIRST", "SIMPLE"})
  PgProtocol protocol;

  PostgresFixture fixture;
  SessionId[] ids;
  int index;
  LatencyLog latency;

  @Setup(Level.Trial)
  public void populate(BenchmarkParams params, ThreadParams thread) {
    fixture = PostgresFixture.populate(ForkServers.get().postgres(), PostgresFixture.table("lookup", rows, logging.unlogged()),
        rows, PAYLOAD, POOL_SIZE, protocol.properties());
    ids = KeyKind.HIT.ids(rows);
    KeyKind.HIT.check(fixture.store.lookup(ids[0]).isPresent(), "PostgreSQL");
    latency = LatencyLog.open(params, thread);
  }

  @Setup(Level.Iteration)
  public void beginIteration(IterationParams iteration) {
    latency.beginIteration(iteration);
  }

  /** Runs the statement for the next id of the pool. */
  @Benchmark
  public Object query() {
    long start = latency.start();
    Object result = query.run(fixture.store, ids[index++ & SessionKeyPool.MASK]);
    latency.record(start);
    return result;
  }

  @TearDown(Level.Iteration)
  public void endIteration() {
    latency.endIteration();
  }

  @TearDown(Level.Trial)
  public void close() {
    latency.close();
    fixture.close();
  }
}
