package dev.statebench.jmh;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.statebench.jwt.CryptoProvider;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.JwtVerifier;
import dev.statebench.jwt.TokenProfile;
import dev.statebench.jwt.TokenRejectedException;
import dev.statebench.jwt.VerifierConfiguration;
import dev.statebench.jwt.VerifyPath;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Question: what does key rotation cost a verifier, when K keys are active at once and tokens are signed round-robin
 * by all of them, so each token's {@code kid} selects a different key?
 *
 * <p>REUSED looks the prepared verifier up by {@code kid}; PROCESSOR matches the JWK set of K keys against the header
 * and converts the chosen JWK to a JCA key on every call. Each configuration passes the security gate first.
 *
 * <p>Run: {@code statebench run --profile full --include JwtKeyRing}, or
 * {@code statebench jmh JwtKeyRingBenchmark -p alg=RS256 -p keys=1,10}.
 *
 * <p>Read: µs per verified token; compare K = 1, 3, 10 within one algorithm and path. A flat line means the key
 * lookup is free; a rising PROCESSOR line is the cost of scanning the JWK set.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JwtKeyRingBenchmark {
  @Param({"HS256", "RS256", "ES256", "EDDSA"})
  JwtAlgorithm alg;

  @Param({"REUSED", "PROCESSOR"})
  VerifyPath path;

  @Param({"1", "3", "10"})
  int keys;

  @Param({"TYPICAL"})
  TokenProfile profile;

  @Param({"JDK"})
  CryptoProvider provider;

  JwtVerifier verifier;
  String[] tokens;
  int index;

  @Setup(Level.Trial)
  public void prepare() {
    GatedTokenPool pool = GatedTokenPool.prepare(VerifierConfiguration.of(alg, path, provider, profile, keys));
    verifier = pool.verifier;
    tokens = pool.tokens;
    UntimedWarmup.run(this::verify);
  }

  /** Verifies the next token of the pool (signed by key {@code i mod K}); returns its claims. */
  @Benchmark
  public JWTClaimsSet verify() throws TokenRejectedException {
    return verifier.verify(tokens[index++ & GatedTokenPool.MASK]);
  }
}
