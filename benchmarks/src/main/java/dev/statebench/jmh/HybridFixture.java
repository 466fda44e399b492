package dev.statebench.jmh;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.statebench.hybrid.RedisDenylist;
import dev.statebench.hybrid.RefreshEndpoint;
import dev.statebench.hybrid.RevocableVerifier;
import dev.statebench.hybrid.UserTokenEpochs;
import dev.statebench.jwt.CryptoProvider;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.TokenIssuer;
import dev.statebench.jwt.TokenProfile;
import dev.statebench.jwt.VerifierConfiguration;
import dev.statebench.jwt.VerifyPath;
import dev.statebench.session.RedisSessionStore;
import dev.statebench.session.SampleSessions;
import dev.statebench.session.SessionId;
import io.lettuce.core.RedisClient;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;

/**
 * The state of the hybrid (short-lived JWT + Redis) for one trial: a gated REUSED verifier and its token pool, a
 * denylist holding {@value #REVOKED} revoked ids of other tokens, per-user "revoked before" epochs older than the
 * pool's tokens (so the check reads a value and passes), and a refresh-token store of {@value #REFRESH_TOKENS}
 * sessions. Every request of the benchmark is a valid one: revocation is checked and found absent, as on the happy
 * path of a real API.
 */
final class HybridFixture implements AutoCloseable {
  static final int REVOKED = 1000;
  static final int REFRESH_TOKENS = 10_000;
  static final String PREFIX = "statebench:bench:hybrid:";

  final RedisClient client;
  final RedisDenylist denylist;
  final UserTokenEpochs epochs;
  final RedisSessionStore refreshTokens;
  final RevocableVerifier denylistVerifier;
  final RevocableVerifier epochVerifier;
  final RefreshEndpoint refresh;
  final String[] tokens;
  final SessionId[] refreshIds;

  HybridFixture(String redisUri, JwtAlgorithm alg) {
    client = RedisSessionStore.newClient(redisUri);
    denylist = new RedisDenylist(client, PREFIX + "denylist:");
    epochs = new UserTokenEpochs(client, PREFIX + "epoch:");
    refreshTokens = new RedisSessionStore(client, PREFIX + "refresh:");
    VerifierConfiguration config = VerifierConfiguration.of(alg, VerifyPath.REUSED, CryptoProvider.JDK,
        TokenProfile.TYPICAL, 1);
    GatedTokenPool pool = GatedTokenPool.prepare(config);
    tokens = pool.tokens;
    denylistVerifier = new RevocableVerifier(pool.verifier, denylist);
    epochVerifier = new RevocableVerifier(config.newVerifier(), epochs);
    Instant now = Instant.now();
    TokenIssuer issuer = new TokenIssuer(config.ring(), CryptoProvider.JDK);
    for (int i = 0; i < REVOKED; i++) {
      denylist.revoke(claims(issuer.issue(TokenProfile.TYPICAL, GatedTokenPool.SIZE + i, now)).getJWTID(),
          now.plus(TokenProfile.LIFETIME));
    }
    for (int i = 0; i < GatedTokenPool.SIZE; i++) {
      epochs.revokeIssuedBefore(claims(tokens[i]).getSubject(), now.minus(Duration.ofDays(1)));
    }
    refreshTokens.clear();
    refreshTokens.populate(SessionKeyPool.SEED, REFRESH_TOKENS, i -> SampleSessions.forIndex(i, 128),
        Duration.ofHours(2));
    refreshIds = SessionKeyPool.hits(REFRESH_TOKENS);
    refresh = new RefreshEndpoint(refreshTokens, issuer, TokenProfile.TYPICAL);
  }

  /** The claims of a fixture token, without verifying it. */
  static JWTClaimsSet claims(String token) {
    try {
      return SignedJWT.parse(token).getJWTClaimsSet();
    } catch (ParseException e) {
      throw new IllegalStateException("fixture token does not parse", e);
    }
  }

  @Override
  public void close() {
    refreshTokens.clear();
    refreshTokens.close();
    denylist.close();
    epochs.close();
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }
}
