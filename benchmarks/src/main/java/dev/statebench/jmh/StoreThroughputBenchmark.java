package dev.statebench.jmh;

import dev.statebench.load.LoadTarget;
import dev.statebench.load.TargetClient;
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
 * Question: how many lookups (or verifications) per second does one store (or one verifier) sustain as request threads
 * are added, and where does this machine saturate?
 *
 * <p>All threads share one {@link TargetClient} of the {@link LoadTarget}, whose client and pool the target names
 * ({@link LoadTarget#client()}): Redis through one shared lettuce connection, a lettuce connection per thread, or a
 * Jedis pool of {@code pool} connections; PostgreSQL through a HikariCP pool of {@code pool} connections; one verifier
 * per thread for tokens. The full profile sizes {@code pool} to the threads, so no thread waits for a connection.
 * Threads are set by the run profile's selection ({@code statebench run}) or JMH's {@code -t}.
 *
 * <p>Run: {@code statebench jmh StoreThroughputBenchmark -p target=REDIS -t 4}.
 *
 * <p>Read: run directly, operations per µs summed over threads (higher is better); under {@code statebench run} the
 * profile's modes apply (average time per call, per thread), so throughput is threads ÷ score. Client, driver and
 * server share the machine's
 * cores: once threads exceed the cores, throughput flattens or falls and per-call latency grows: that is the
 * saturation of this machine, not of the store alone. Compare targets at the same thread count only.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class StoreThroughputBenchmark {
  @Param({"REDIS", "REDIS_LETTUCE_PER_THREAD", "REDIS_JEDIS", "POSTGRES", "JWT_HS256", "HYBRID"})
  LoadTarget target;

  @Param({"8"})
  int pool;

  TargetClient client;

  /** Each thread walks the input pool from its own index. */
  @State(Scope.Thread)
  public static class Cursor {
    int index;
  }

  @Setup(Level.Trial)
  public void open() {
    client = target.open(ForkServers.get(), pool);
  }

  /** Serves the thread's next request. */
  @Benchmark
  public Object call(Cursor cursor) throws Exception {
    return client.call(cursor.index++);
  }

  @TearDown(Level.Trial)
  public void close() {
    client.close();
  }
}
