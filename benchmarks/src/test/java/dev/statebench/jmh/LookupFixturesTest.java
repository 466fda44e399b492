package dev.statebench.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.RejectReason;
import dev.statebench.jwt.TokenRejectedException;
import dev.statebench.load.LoadTarget;
import dev.statebench.load.TargetClient;
import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import dev.statebench.session.RedisSessionStore;
import dev.statebench.session.SampleSessions;
import dev.statebench.session.SessionData;
import dev.statebench.session.SessionId;
import dev.statebench.session.SessionStore;
import io.lettuce.core.RedisClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The benchmarks' fixtures against real embedded Redis and PostgreSQL: what they time is what they claim to time. */
class LookupFixturesTest {
  private static Servers servers;

  @BeforeAll
  static void startServers() {
    servers = Servers.open(ServerConfig.embedded());
  }

  @AfterAll
  static void stopServers() {
    servers.close();
  }

  @ParameterizedTest
  @EnumSource(RedisLookupCommand.class)
  void redisPopulation_findsEveryHitKeyAndNoMissKey(RedisLookupCommand command) {
    RedisClient client = RedisSessionStore.newClient(servers.redis().uri());
    try (SessionStore store = command.open(client, "fixture:" + command + ":")) {
      store.clear();
      store.populate(SessionKeyPool.SEED, 500, i -> SampleSessions.forIndex(i, 128), Duration.ofMinutes(5));

      SessionId[] hits = KeyKind.HIT.ids(500);
      SessionId[] misses = KeyKind.MISS.ids(500);

      for (int i = 0; i < 64; i++) {
        SessionData found = command.lookup(store, hits[i]).orElseThrow();
        assertThat(found.payloadSize()).isEqualTo(128);
        assertThat(command.lookup(store, misses[i])).isEmpty();
      }
      assertThat(Arrays.stream(hits).distinct().count()).as("hits cover the whole population").isEqualTo(500);
      store.clear();
    } finally {
      client.shutdown();
    }
  }

  @Test
  void hits_coverAMillionSessionPopulationCompletely() {
    SessionId[] hits = KeyKind.HIT.ids(1_000_000);

    // every index below 1,000,000 appears: the pool is a permutation of 0 … 2^20-1 folded onto the population
    assertThat(Arrays.stream(hits).distinct().count()).isEqualTo(1_000_000);
    assertThat(hits[0]).isEqualTo(SessionId.deterministic(SessionKeyPool.SEED, 0));
  }

  @Test
  void keyKindCheck_failsTheTrialWhenAHitIsMissing() {
    assertThatThrownBy(() -> KeyKind.HIT.check(false, "Redis GET")).hasMessageContaining("HIT key was not found");
    assertThatThrownBy(() -> KeyKind.MISS.check(true, "Redis GET")).hasMessageContaining("MISS key was found");
  }

  @ParameterizedTest
  @EnumSource(PgProtocol.class)
  void postgresFixture_answersEveryQueryForHitsAndMisses(PgProtocol protocol) {
    try (PostgresFixture fixture = PostgresFixture.populate(servers.postgres(),
        PostgresFixture.table("fixture_" + protocol.name().toLowerCase(), 300, protocol == PgProtocol.SIMPLE), 300,
        64, 2, protocol.properties())) {
      SessionId hit = KeyKind.HIT.ids(300)[0];
      SessionId miss = KeyKind.MISS.ids(300)[0];

      assertThat((java.util.Optional<?>) PostgresQuery.LOOKUP.run(fixture.store, hit)).isPresent();
      assertThat((java.util.Optional<?>) PostgresQuery.EXTEND.run(fixture.store, hit)).isPresent();
      assertThat(PostgresQuery.EXISTS.run(fixture.store, hit)).isEqualTo(true);
      assertThat((java.util.Optional<?>) PostgresQuery.LOOKUP.run(fixture.store, miss)).isEmpty();
      assertThat(PostgresQuery.EXISTS.run(fixture.store, miss)).isEqualTo(false);
      assertThat(fixture.store.count()).isEqualTo(300);
    }
  }

  @Test
  void hybridDenylist_rejectsARevokedJtiAndAcceptsTheOthers() throws Exception {
    try (HybridFixture fixture = new HybridFixture(servers.redis().uri(), JwtAlgorithm.HS256)) {
      String revoked = fixture.tokens[0];
      assertThat(fixture.denylistVerifier.verify(revoked).getJWTID()).isNotNull();

      JWTClaimsSet claims = HybridFixture.claims(revoked);
      fixture.denylist.revoke(claims.getJWTID(), claims.getExpirationTime().toInstant());

      assertThatThrownBy(() -> fixture.denylistVerifier.verify(revoked))
          .isInstanceOfSatisfying(TokenRejectedException.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.REVOKED));
      assertThat(fixture.denylistVerifier.verify(fixture.tokens[1])).isNotNull();
    }
  }

  @Test
  void hybridUserEpoch_rejectsTokensIssuedBeforeLogoutEverywhere() throws Exception {
    try (HybridFixture fixture = new HybridFixture(servers.redis().uri(), JwtAlgorithm.HS256)) {
      String token = fixture.tokens[2];
      assertThat(HybridStep.USER_EPOCH.run(fixture, 2)).isNotNull();

      fixture.epochs.revokeIssuedBefore(HybridFixture.claims(token).getSubject(), Instant.now().plusSeconds(5));

      assertThatThrownBy(() -> HybridStep.USER_EPOCH.run(fixture, 2)).isInstanceOf(TokenRejectedException.class);
      assertThat(HybridStep.USER_EPOCH.run(fixture, 3)).isNotNull();
    }
  }

  @Test
  void hybridRefresh_signsAVerifiableTokenForTheRefreshSessionsUser() throws Exception {
    try (HybridFixture fixture = new HybridFixture(servers.redis().uri(), JwtAlgorithm.ES256)) {
      String token = (String) HybridStep.REFRESH.run(fixture, 5);
      String user = fixture.refreshTokens.lookup(fixture.refreshIds[5]).orElseThrow().userId();

      JWTClaimsSet claims = fixture.denylistVerifier.verify(token);

      assertThat(claims.getSubject()).isEqualTo(user);
      assertThat(fixture.refresh.refresh(KeyKind.MISS.ids(1)[0].value(), Instant.now())).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(LoadTarget.class)
  void loadTargets_answerEveryRequestWithAResult(LoadTarget target) throws Exception {
    try (TargetClient client = target.open(servers, 2)) {
      for (int i = 0; i < 300; i++) {
        assertThat(client.call(i)).isNotNull();
      }
    }
  }
}
