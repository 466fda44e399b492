package dev.statebench.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real outages of a real Redis under an open-loop load: a crash at 3 s, restarted at 6 s, 10 s of 120 req/s. The
 * assertions are about what each strategy must do, not about timings (the machine is shared).
 */
class OutageExperimentTest {
  private static final OutagePlan REDIS_CRASH = new OutagePlan(OutageStore.REDIS, Fault.KILL, 120,
      Duration.ofSeconds(10), Duration.ofSeconds(3), Duration.ofSeconds(3), 4, Duration.ofSeconds(2));

  private static Servers servers;

  @BeforeAll
  static void start() {
    servers = Servers.open(ServerConfig.embedded());
  }

  @AfterAll
  static void stop() {
    servers.close();
  }

  @Test
  void hybridFailOpen_acceptsRevokedTokensDuringTheCrashAndFailClosedRefusesEveryCheckedRequest() throws Exception {
    OutageExperiment experiment = new OutageExperiment(servers, REDIS_CRASH);

    OutageResult open = experiment.run(OutageStrategy.HYBRID_FAIL_OPEN);
    OutageResult closed = experiment.run(OutageStrategy.HYBRID_FAIL_CLOSED);

    // One token in 16 is revoked; about 360 requests arrive during the 3 s crash, so about 22 revoked ones.
    assertThat(open.revokedAcceptedDuring()).as("fail open lets revoked tokens through while Redis is down")
        .isPositive();
    assertThat(open.failedDuring()).as("fail open serves every request").isZero();
    assertThat(closed.revokedAcceptedDuring()).as("fail closed never accepts a revoked token unchecked").isZero();
    assertThat(closed.failedDuring()).as("fail closed refuses the requests it cannot check").isPositive();
    // The restarted Redis has no persistence: the denylist is empty, so revoked tokens pass afterwards either way.
    assertThat(open.revokedAcceptedAfter()).isPositive();
    assertThat(closed.revokedAcceptedAfter()).isPositive();
  }

  @Test
  void jwtOnlyKeepsServingAndRedisSessionsAreLostWithTheServersMemory() throws Exception {
    OutageExperiment experiment = new OutageExperiment(servers, REDIS_CRASH);

    OutageResult jwt = experiment.run(OutageStrategy.JWT_HS256);
    OutageResult redis = experiment.run(OutageStrategy.REDIS);

    assertThat(jwt.failed()).isZero();
    assertThat(jwt.sessionsLost()).isZero();
    assertThat(jwt.offered()).isPositive();
    assertThat(redis.failedDuring() + redis.timedOut()).as("lookups while Redis is down fail or time out").isPositive();
    assertThat(redis.sessionsLost()).as("the restarted, non-persistent Redis no longer has the sessions").isPositive();
    assertThat(redis.recoveryMs()).as("with every session gone the lookups never recover within the run")
        .isEqualTo(-1);
  }

  @Test
  void plansThatCannotMeasureAnOutage_areRefusedNamingTheOption() {
    assertThatThrownBy(() -> new OutagePlan(OutageStore.REDIS, Fault.KILL, 100, Duration.ofSeconds(5),
        Duration.ofSeconds(2), Duration.ofSeconds(1), 4, Duration.ofSeconds(1))).hasMessageContaining("--duration");
    assertThatThrownBy(() -> new OutagePlan(OutageStore.REDIS, Fault.KILL, 100, Duration.ofSeconds(10),
        Duration.ofSeconds(1), Duration.ofSeconds(1), 4, Duration.ofSeconds(1))).hasMessageContaining("--at");
    assertThatThrownBy(() -> new OutagePlan(OutageStore.REDIS, Fault.KILL, 100, Duration.ofSeconds(10),
        Duration.ofSeconds(5), Duration.ofSeconds(4), 4, Duration.ofSeconds(1))).hasMessageContaining("2 s before");
    assertThatThrownBy(() -> new OutagePlan(OutageStore.REDIS, Fault.KILL, 0, Duration.ofSeconds(10),
        Duration.ofSeconds(3), Duration.ofSeconds(1), 4, Duration.ofSeconds(1))).hasMessageContaining("--rate");
  }
}
