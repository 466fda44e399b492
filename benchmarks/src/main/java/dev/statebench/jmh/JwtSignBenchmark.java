package dev.statebench.jmh;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.statebench.jwt.CryptoProvider;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.KeyFixtures;
import dev.statebench.jwt.TokenIssuer;
import dev.statebench.jwt.TokenProfile;
import java.time.Instant;
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
 * Question: what does issuing a token cost, the price a login or refresh endpoint pays per request?
 *
 * <p>Each call serializes one pre-built claims set (a pool of 256 distinct ones), signs it with a signer built once
 * for the fixture key, and returns the compact token.
 *
 * <p>Run: {@code statebench run --profile quick --include JwtSign}, or
 * {@code statebench jmh JwtSignBenchmark -p alg=RS256,ES256 -p profile=TYPICAL -p provider=JDK}.
 *
 * <p>Read: µs per issued token. RSA signing is far dearer than RSA verification (private-key operation), ECDSA and
 * EdDSA the other way round; set beside {@link JwtVerifyBenchmark} to see which side of a refresh flow dominates.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JwtSignBenchmark {
  private static final int POOL = 256;
  private static final int MASK = POOL - 1;

  @Param({"HS256", "HS384", "HS512", "RS256", "RS256_3072", "RS256_4096", "RS384", "RS512", "PS256",
      "ES256", "ES384", "ES512", "EDDSA"})
  JwtAlgorithm alg;

  @Param({"MINIMAL", "TYPICAL", "FAT", "GROUPS_200"})
  TokenProfile profile;

  @Param({"JDK", "BOUNCY_CASTLE", "ACCP"})
  CryptoProvider provider;

  TokenIssuer issuer;
  JWTClaimsSet[] claims;
  int index;

  @Setup(Level.Trial)
  public void prepare() {
    issuer = new TokenIssuer(KeyFixtures.standard().ring(alg, 1), provider);
    claims = new JWTClaimsSet[POOL];
    Instant now = Instant.now();
    for (int i = 0; i < POOL; i++) {
      claims[i] = profile.claims(i, now);
    }
    UntimedWarmup.run(this::sign);
  }

  /** Signs the next claims set of the pool; returns the compact token. */
  @Benchmark
  public String sign() {
    int i = index++ & MASK;
    return issuer.sign(i, claims[i]);
  }
}
