package dev.statebench.load.cpu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.servers.EmbeddedPostgresServer;
import dev.statebench.servers.EmbeddedRedisServer;
import dev.statebench.session.RedisSessionStore;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The store meters against real servers made to burn CPU, each checked against an independent reading: Redis's own
 * {@code INFO cpu} (its {@code getrusage}) for the {@code /proc} meter of redis-server, and the JDK's reading of the
 * PostgreSQL backend that ran the query for the postmaster-tree meter.
 */
class StoreCpuMetersTest {
  private static final long MS = 1_000_000L;
  private static EmbeddedRedisServer redis;
  private static EmbeddedPostgresServer postgres;

  @BeforeAll
  static void startServers() {
    redis = EmbeddedRedisServer.start(0);
    postgres = EmbeddedPostgresServer.start(0);
  }

  @AfterAll
  static void stopServers() {
    redis.close();
    postgres.close();
  }

  @Test
  void redis_isMeteredFromProcAndAgreesWithItsOwnInfoCpu() {
    RedisClient client = RedisSessionStore.newClient(redis.endpoint().uri());
    try (CpuMeter proc = StoreCpuMeters.redis(redis.endpoint());
        RedisInfoCpuMeter info = new RedisInfoCpuMeter(RedisSessionStore.newClient(redis.endpoint().uri()), "test");
        StatefulRedisConnection<String, String> connection = client.connect()) {
      assertThat(proc).isInstanceOf(ProcessTreeCpuMeter.class);
      long procBefore = proc.cpuNanos();
      long infoBefore = info.cpuNanos();

      // a Lua loop keeps redis-server's main thread busy for a few hundred milliseconds
      connection.sync().eval("local x = 0 for i = 1, 20000000 do x = x + i end return 1", ScriptOutputType.INTEGER);

      long procUsed = proc.cpuNanos() - procBefore;
      long infoUsed = info.cpuNanos() - infoBefore;
      assertThat(infoUsed).isGreaterThan(50 * MS);
      assertThat(procUsed).isBetween(infoUsed - 20 * MS - infoUsed / 10, infoUsed + 20 * MS + infoUsed / 10);
    } finally {
      client.shutdown();
    }
  }

  @Test
  void postgres_isMeteredOverThePostmasterAndItsBackends() throws Exception {
    Properties login = new Properties();
    login.setProperty("user", postgres.endpoint().user());
    try (CpuMeter meter = StoreCpuMeters.postgres(postgres.endpoint());
        Connection connection = DriverManager.getConnection(postgres.endpoint().jdbcUrl(), login);
        Statement statement = connection.createStatement()) {
      assertThat(meter.measurable()).as(meter.source()).isTrue();
      assertThat(meter.source()).contains("postmaster");
      long backend;
      try (ResultSet row = statement.executeQuery("SELECT pg_backend_pid()")) {
        row.next();
        backend = row.getLong(1);
      }
      ProcessHandle backendProcess = ProcessHandle.of(backend).orElseThrow();
      long backendBefore = backendProcess.info().totalCpuDuration().orElseThrow().toNanos();
      long before = meter.cpuNanos();

      try (ResultSet ignored = statement.executeQuery("SELECT count(*) FROM generate_series(1, 3000000) g"
          + " WHERE g % 7 = 3")) {
        ignored.next();
      }

      long used = meter.cpuNanos() - before;
      long backendUsed = backendProcess.info().totalCpuDuration().orElseThrow().toNanos() - backendBefore;
      assertThat(backendUsed).isGreaterThan(50 * MS);
      // the tree holds this backend plus the background workers (checkpointer, walwriter, …): never less
      assertThat(used).isGreaterThanOrEqualTo(backendUsed - 20 * MS);
      assertThat(used).isLessThan(backendUsed + 200 * MS + backendUsed / 5);
    }
  }

  @Test
  void remotePostgres_isSaidToBeNotMeasurable() {
    var remote = new dev.statebench.servers.PostgresEndpoint("jdbc:postgresql://db.example.invalid:5432/app", "app",
        "", "16", false);

    CpuMeter meter = StoreCpuMeters.postgres(remote);

    assertThat(meter.measurable()).isFalse();
    assertThat(meter.source()).startsWith("not measurable: PostgreSQL at db.example.invalid");
  }

  @Test
  void infoCpu_sumsUserSystemAndChildren() {
    String info = "# CPU\r\nused_cpu_sys:1.250000\r\nused_cpu_user:2.500000\r\nused_cpu_sys_children:0.125000\r\n"
        + "used_cpu_user_children:0.000500\r\nused_cpu_sys_main_thread:1.0\r\n";

    // 1.25 + 2.5 + 0.125 + 0.0005 = 3.8755 s (the main-thread field is part of the others, not added)
    assertThat(RedisInfoCpuMeter.parseCpuNanos(info)).isEqualTo(3_875_500_000L);
  }
}
