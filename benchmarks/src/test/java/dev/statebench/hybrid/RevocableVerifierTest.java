package dev.statebench.hybrid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import dev.statebench.jwt.CryptoProvider;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.RejectReason;
import dev.statebench.jwt.TokenIssuer;
import dev.statebench.jwt.TokenProfile;
import dev.statebench.jwt.TokenRejectedException;
import dev.statebench.jwt.VerifierConfiguration;
import dev.statebench.jwt.VerifyPath;
import dev.statebench.servers.EmbeddedRedisServer;
import dev.statebench.session.RedisSessionStore;
import io.lettuce.core.RedisClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The hybrid against a real Redis that really goes away: revoked tokens are refused while the denylist answers; when
 * it does not, fail closed refuses every token and fail open accepts revoked ones too, and counts them.
 */
class RevocableVerifierTest {
  private static final VerifierConfiguration CONFIG =
      VerifierConfiguration.of(JwtAlgorithm.HS256, VerifyPath.REUSED, CryptoProvider.JDK, TokenProfile.TYPICAL, 1);

  @Test
  void storeAnswering_acceptsValidAndRefusesRevokedWhateverThePolicy() throws Exception {
    try (EmbeddedRedisServer redis = EmbeddedRedisServer.start(0)) {
      RedisClient client = RedisSessionStore.newClient(redis.endpoint().uri());
      try (RedisDenylist denylist = new RedisDenylist(client, "test:denylist:")) {
        Tokens tokens = Tokens.issue(denylist);
        for (RevocationFailurePolicy policy : RevocationFailurePolicy.values()) {
          RevocableVerifier verifier = new RevocableVerifier(CONFIG.newVerifier(), denylist, policy);
          assertThat(verifier.verify(tokens.valid).getJWTID()).isEqualTo(jti(tokens.valid));
          assertThatThrownBy(() -> verifier.verify(tokens.revoked)).isInstanceOf(TokenRejectedException.class)
              .extracting(e -> ((TokenRejectedException) e).reason()).isEqualTo(RejectReason.REVOKED);
          assertThat(verifier.acceptedUnchecked()).isZero();
        }
      } finally {
        client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
      }
    }
  }

  @Test
  void storeDown_failClosedRefusesEveryTokenAndFailOpenAcceptsRevokedOnesCounted() throws Exception {
    EmbeddedRedisServer redis = EmbeddedRedisServer.start(0);
    RedisClient client = RedisSessionStore.newClient(redis.endpoint().uri());
    try (RedisDenylist denylist = new RedisDenylist(client, "test:denylist:")) {
      Tokens tokens = Tokens.issue(denylist);
      RevocableVerifier closed = new RevocableVerifier(CONFIG.newVerifier(), denylist, RevocationFailurePolicy.FAIL_CLOSED);
      RevocableVerifier open = new RevocableVerifier(CONFIG.newVerifier(), denylist, RevocationFailurePolicy.FAIL_OPEN);

      redis.close(); // the real server goes away: the denylist's next EXISTS fails

      for (String token : new String[] {tokens.valid, tokens.revoked}) {
        assertThatThrownBy(() -> closed.verify(token)).isInstanceOf(TokenRejectedException.class)
            .extracting(e -> ((TokenRejectedException) e).reason()).isEqualTo(RejectReason.REVOCATION_UNAVAILABLE);
      }
      assertThat(open.verify(tokens.valid).getJWTID()).isEqualTo(jti(tokens.valid));
      assertThat(open.verify(tokens.revoked).getJWTID()).as("the security cost of failing open")
          .isEqualTo(jti(tokens.revoked));
      assertThat(open.acceptedUnchecked()).isEqualTo(2);
      assertThat(closed.acceptedUnchecked()).isZero();
    } finally {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
  }

  @Test
  void forgedToken_isRefusedBeforeTheStoreIsAskedEvenWhenFailingOpen() {
    RevocationCheck unreachable = claims -> {
      throw new IllegalStateException("the store must not be asked about a forged token");
    };
    RevocableVerifier open = new RevocableVerifier(CONFIG.newVerifier(), unreachable, RevocationFailurePolicy.FAIL_OPEN);
    String valid = new TokenIssuer(CONFIG.ring(), CryptoProvider.JDK).issue(TokenProfile.TYPICAL, 1, Instant.now());
    String forged = valid.substring(0, valid.lastIndexOf('.') + 1) + "AAAA" + valid.substring(valid.lastIndexOf('.') + 5);

    assertThatThrownBy(() -> open.verify(forged)).isInstanceOf(TokenRejectedException.class)
        .extracting(e -> ((TokenRejectedException) e).reason()).isEqualTo(RejectReason.BAD_SIGNATURE);
    assertThat(open.acceptedUnchecked()).isZero();
  }

  private static String jti(String token) throws Exception {
    return SignedJWT.parse(token).getJWTClaimsSet().getJWTID();
  }

  /** One valid token and one whose jti is on the denylist, both signed with the fixture key. */
  private record Tokens(String valid, String revoked) {
    static Tokens issue(RedisDenylist denylist) throws Exception {
      TokenIssuer issuer = new TokenIssuer(CONFIG.ring(), CryptoProvider.JDK);
      Instant now = Instant.now();
      String valid = issuer.issue(TokenProfile.TYPICAL, 1, now);
      String revoked = issuer.issue(TokenProfile.TYPICAL, 2, now);
      denylist.revoke(jti(revoked), now.plus(TokenProfile.LIFETIME));
      return new Tokens(valid, revoked);
    }
  }
}
