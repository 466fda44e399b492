package dev.statebench.outage;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.statebench.hybrid.RedisDenylist;
import dev.statebench.hybrid.RevocableVerifier;
import dev.statebench.hybrid.RevocationFailurePolicy;
import dev.statebench.jwt.CryptoProvider;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.RejectReason;
import dev.statebench.jwt.TokenIssuer;
import dev.statebench.jwt.TokenProfile;
import dev.statebench.jwt.TokenRejectedException;
import dev.statebench.jwt.VerifierConfiguration;
import dev.statebench.jwt.VerifyPath;
import dev.statebench.jwt.gate.SecurityGate;
import dev.statebench.load.TargetClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The hybrid under an outage: a pool of HS256 tokens of which one in {@value #REVOKED_EVERY} is on the Redis denylist,
 * verified by a {@link RevocableVerifier} with the given failure policy. A revoked token that is refused is the
 * correct answer (returned, not thrown); a revoked token that is accepted — only possible when the check failed open,
 * or when the denylist itself was lost — is answered with a {@link RevokedAccepted} so that it can be counted: the
 * security cost of the outage.
 */
final class HybridOutageClient implements TargetClient {
  /** One token in this many is revoked. */
  static final int REVOKED_EVERY = 16;

  /** What {@link #call(int)} returns for a revoked token correctly refused. */
  static final String REFUSED_AS_REVOKED = "refused: revoked";

  private static final int TOKENS = 256;

  /** How long a denylist check may take before the failure policy applies. */
  static final Duration CHECK_TIMEOUT = Duration.ofMillis(100);

  private final String[] tokens;
  private final boolean[] revoked;
  private final ThreadLocal<RevocableVerifier> verifiers;
  private final RedisClient client;
  private final RedisDenylist denylist;
  private final RevocationFailurePolicy policy;
  private final LongAdder revokedPresented = new LongAdder();

  private HybridOutageClient(String[] tokens, boolean[] revoked, VerifierConfiguration config, RedisClient client,
      RedisDenylist denylist, RevocationFailurePolicy policy) {
    this.tokens = tokens;
    this.revoked = revoked;
    this.client = client;
    this.denylist = denylist;
    this.policy = policy;
    this.verifiers = ThreadLocal.withInitial(() -> new RevocableVerifier(config.newVerifier(), denylist, policy));
  }

  static HybridOutageClient open(String redisUri, RevocationFailurePolicy policy) {
    VerifierConfiguration config =
        VerifierConfiguration.of(JwtAlgorithm.HS256, VerifyPath.REUSED, CryptoProvider.JDK, TokenProfile.TYPICAL, 1);
    SecurityGate.check(config, config.newVerifier());
    Instant now = Instant.now();
    String[] tokens = new TokenIssuer(config.ring(), CryptoProvider.JDK).pool(TokenProfile.TYPICAL, TOKENS, now)
        .toArray(String[]::new);
    RedisClient client = denylistClient(redisUri);
    RedisDenylist denylist = new RedisDenylist(client, "statebench:outage:denylist:");
    boolean[] revoked = new boolean[TOKENS];
    for (int i = 0; i < TOKENS; i += REVOKED_EVERY) {
      revoked[i] = true;
      denylist.revoke(jti(tokens[i]), now.plus(TokenProfile.LIFETIME));
    }
    return new HybridOutageClient(tokens, revoked, config, client, denylist, policy);
  }

  @Override
  public Object call(int index) throws Exception {
    int slot = index & (TOKENS - 1);
    if (revoked[slot]) {
      revokedPresented.increment();
    }
    try {
      JWTClaimsSet claims = verifiers.get().verify(tokens[slot]);
      if (revoked[slot]) {
        return new RevokedAccepted(claims);
      }
      return claims;
    } catch (TokenRejectedException e) {
      if (e.reason() == RejectReason.REVOKED && revoked[slot]) {
        return REFUSED_AS_REVOKED;
      }
      throw e;
    }
  }

  /** The answer to a revoked token that was accepted: a security failure, returned so that it can be counted. */
  record RevokedAccepted(JWTClaimsSet claims) {}

  /** Revoked tokens presented so far. */
  long revokedPresented() {
    return revokedPresented.sum();
  }

  @Override
  public Map<String, Object> description() {
    return Map.of("revocation_failure_policy", policy.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
        "revoked_fraction", 1.0 / REVOKED_EVERY);
  }

  @Override
  public void close() {
    denylist.close();
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }

  /**
   * The denylist's client fails fast, as a revocation check on the request path should: a short command timeout
   * ({@link #CHECK_TIMEOUT}) and commands refused at once while the connection is down (lettuce's
   * {@code DisconnectedBehavior.REJECT_COMMANDS}) instead of queued until the command timeout. Otherwise a fail-open
   * policy would only ever apply after every request had waited out the timeout.
   */
  private static RedisClient denylistClient(String redisUri) {
    RedisURI uri = RedisURI.create(redisUri);
    uri.setTimeout(CHECK_TIMEOUT);
    RedisClient client = RedisClient.create(uri);
    client.setOptions(ClientOptions.builder()
        .socketOptions(SocketOptions.builder().connectTimeout(CHECK_TIMEOUT).build())
        .timeoutOptions(TimeoutOptions.enabled(CHECK_TIMEOUT))
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .build());
    return client;
  }

  private static String jti(String token) {
    try {
      return SignedJWT.parse(token).getJWTClaimsSet().getJWTID();
    } catch (ParseException e) {
      throw new IllegalStateException("fixture token does not parse", e);
    }
  }
}
