package dev.statebench.fleet.lab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.fleet.app.StateModel;
import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import dev.statebench.session.PostgresSessionStore;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sessions in Redis, PostgreSQL (real embedded servers) or a signed token are found by every instance: under
 * round-robin a session logged in on one instance is served by all of them, and survives the kill of that instance.
 */
class SharedStateFleetTest {
  private static Servers servers;

  @TempDir
  Path dir;

  @BeforeAll
  static void startServers() {
    servers = Servers.open(ServerConfig.embedded());
  }

  @AfterAll
  static void stopServers() {
    servers.close();
  }

  @ParameterizedTest
  @EnumSource(value = StateModel.class, names = {"REDIS", "SQL", "JWT"})
  void sharedState_isFoundByEveryInstance_andOutlivesTheOneThatCreatedIt(StateModel state) throws Exception {
    Map<String, String> environment = new HashMap<>();
    if (state == StateModel.REDIS) {
      environment.put(ServerConfig.REDIS_URL_ENV, servers.redis().uri());
    }
    if (state == StateModel.SQL) {
      environment.put(ServerConfig.PG_URL_ENV, servers.postgres().jdbcUrl());
      environment.put(ServerConfig.PG_USER_ENV, servers.postgres().user());
      PostgresSessionStore.connect(servers.postgres()).close();
    }
    InstanceSpec spec = new InstanceSpec(state, 2, "fixed", 1_000_000, 1, 1_000_000, environment);
    try (Fleet fleet = Fleet.start(HaproxyBinary.locate(), HaproxyPolicy.of("round-robin"), spec, 3, 0, 0, dir, 1)) {
      LabHttp session = new LabHttp(fleet.port());
      String home = session.login().instance();
      Set<String> served = new HashSet<>();
      for (int r = 0; r < 6; r++) {
        LabHttp.Answer answer = session.work();
        assertThat(answer.status()).isEqualTo(200);
        served.add(answer.instance());
      }
      assertThat(served).containsExactlyInAnyOrder("i0", "i1", "i2");

      fleet.kill(home);
      for (int r = 0; r < 4; r++) {
        assertThat(session.work().status()).isEqualTo(200);
      }
    }
  }
}
