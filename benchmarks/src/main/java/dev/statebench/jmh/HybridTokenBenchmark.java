package dev.statebench.jmh;

import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.TokenRejectedException;
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
 * Question: what does the revocable hybrid (a short-lived JWT verified locally, plus one Redis round trip to check
 * revocation) cost per request, against a pure JWT ({@code JwtVerifyBenchmark}) and a pure session lookup
 * ({@code RedisLookupBenchmark})? And what does the refresh step cost (refresh-token lookup plus signing)?
 *
 * <p>Steps: {@link HybridStep#DENYLIST} ({@code EXISTS jti}), {@link HybridStep#USER_EPOCH} (the per-user
 * "token version": {@code GET} the user's revocation epoch), {@link HybridStep#REFRESH}. The verifier is the REUSED
 * path with the JDK provider, gated before timing; every request is valid and not revoked.
 *
 * <p>Run: {@code statebench run --profile quick --include HybridToken}, or
 * {@code statebench jmh HybridTokenBenchmark -p step=DENYLIST -p alg=HS256}.
 *
 * <p>Read: µs per request. DENYLIST − {@code JwtVerifyBenchmark} REUSED of the same algorithm is the price of
 * revocation, about one Redis round trip; REFRESH is dominated by signing for RSA and ECDSA.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class HybridTokenBenchmark {
  @Param({"DENYLIST", "USER_EPOCH", "REFRESH"})
  HybridStep step;

  @Param({"HS256", "RS256", "ES256"})
  JwtAlgorithm alg;

  HybridFixture fixture;
  int index;
  LatencyLog latency;

  @Setup(Level.Trial)
  public void prepare(BenchmarkParams params, ThreadParams thread) {
    fixture = new HybridFixture(ForkServers.get().redis().uri(), alg);
    latency = LatencyLog.open(params, thread);
    UntimedWarmup.run(() -> step.run(fixture, index++));
  }

  @Setup(Level.Iteration)
  public void beginIteration(IterationParams iteration) {
    latency.beginIteration(iteration);
  }

  /** Handles the next request of the pool. */
  @Benchmark
  public Object request() throws TokenRejectedException {
    long start = latency.start();
    Object result = step.run(fixture, index++);
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
