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
 * Question: how much CPU does verifying one bearer JWT cost, and which choice drives it: the algorithm (and key
 * size), the claims payload, the verification path, or the crypto provider? (The JDK is the fifth axis: run with
 * {@code statebench run --jvm PATH}.)
 *
 * <p>Each trial verifies a pool of 256 distinct valid tokens of one profile, signed with the fixture key of one
 * algorithm, through one {@link VerifyPath} and one {@link CryptoProvider}. Before timing, the configuration passes the
 * security gate on this JVM (valid tokens accepted, the attack corpus rejected), or the trial fails.
 *
 * <p>Run: {@code statebench run --profile quick} (the main axes), or directly
 * {@code statebench jmh JwtVerifyBenchmark -p alg=ES256 -p profile=TYPICAL -p path=REUSED,PROCESSOR -p provider=JDK}.
 *
 * <p>Read: µs per verified token (lower is better). Within one algorithm, PROCESSOR ÷ REUSED is what rebuilding the
 * verifier per call costs, REUSED ÷ JCA_BASELINE is what parsing and claims checks add to the cryptography, and
 * PARSE_ONLY is the parsing alone. Across providers, the same row shows what the JCA provider is worth.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JwtVerifyBenchmark {
  @Param({"HS256", "HS384", "HS512", "RS256", "RS256_3072", "RS256_4096", "RS384", "RS512", "PS256",
      "ES256", "ES384", "ES512", "EDDSA"})
  JwtAlgorithm alg;

  @Param({"MINIMAL", "TYPICAL", "FAT", "GROUPS_200"})
  TokenProfile profile;

  @Param({"REUSED", "PROCESSOR", "JCA_BASELINE", "PARSE_ONLY"})
  VerifyPath path;

  @Param({"JDK", "BOUNCY_CASTLE", "ACCP"})
  CryptoProvider provider;

  JwtVerifier verifier;
  String[] tokens;
  int index;

  @Setup(Level.Trial)
  public void prepare() {
    GatedTokenPool pool = GatedTokenPool.prepare(VerifierConfiguration.of(alg, path, provider, profile, 1));
    verifier = pool.verifier;
    tokens = pool.tokens;
    UntimedWarmup.run(this::verify);
  }

  /** Verifies the next token of the pool; returns its claims ({@code null} on the JCA baseline). */
  @Benchmark
  public JWTClaimsSet verify() throws TokenRejectedException {
    return verifier.verify(tokens[index++ & GatedTokenPool.MASK]);
  }
}
