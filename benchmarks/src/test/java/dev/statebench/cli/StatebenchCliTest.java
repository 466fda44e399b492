package dev.statebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The statebench subcommands that touch servers, run in-process against real embedded servers. */
class StatebenchCliTest {
  private static Servers servers;

  @BeforeAll
  static void startServers() {
    servers = Servers.open(ServerConfig.embedded());
    servers.redis();
    servers.postgres();
  }

  @AfterAll
  static void stopServers() {
    servers.close();
  }

  @Test
  void servers_withUnreachableExternalRedis_exitsWith2AndOneLine() throws IOException {
    Run run = run("servers", "--redis-url", "redis://:hunter2@127.0.0.1:" + closedPort());

    assertThat(run.status).isEqualTo(2);
    assertThat(run.err.lines()).hasSize(1);
    assertThat(run.err).contains("is unreachable").doesNotContain("hunter2");
  }

  @Test
  void servers_withUnreachableExternalPostgres_exitsWith2() throws IOException {
    Run run = run("servers", "--redis-url", servers.redis().uri(),
        "--pg-url", "jdbc:postgresql://127.0.0.1:" + closedPort() + "/x");

    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).startsWith("statebench: PostgreSQL at ").contains("is unreachable");
  }

  @Test
  void servers_onABusyPort_exitsWith2() throws IOException {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Run run = run("servers", "--redis-port", Integer.toString(busy.getLocalPort()));

      assertThat(run.status).isEqualTo(2);
      assertThat(run.err).contains("port " + busy.getLocalPort() + " on 127.0.0.1 is already in use");
    }
  }

  @Test
  void servers_withExternalServers_printsUrlsVersionsAndClientCommandsThenExits() {
    Run run = run("servers", "--redis-url", servers.redis().uri(), "--pg-url", servers.postgres().jdbcUrl());

    assertThat(run.status).isEqualTo(0);
    assertThat(run.out)
        .contains("Redis " + servers.redis().version() + " (external)")
        .contains("redis-cli -u " + servers.redis().uri())
        .contains("PostgreSQL " + servers.postgres().version() + " (external)")
        .contains("url:  " + servers.postgres().jdbcUrl())
        .contains("psql \"postgresql://postgres@127.0.0.1:" + servers.postgres().port() + "/postgres\"");
  }

  @Test
  void populate_loadsBothStoresAndReportsTimeAndCount() {
    Run run = run("populate", "--count", "3000", "--payload-bytes", "64",
        "--redis-url", servers.redis().uri(), "--pg-url", servers.postgres().jdbcUrl());

    assertThat(run.status).isEqualTo(0);
    assertThat(run.out).containsPattern("redis +populated 3,000 sessions \\(payload 64 B\\) in [0-9.]+ s")
        .containsPattern("postgres +populated 3,000 sessions")
        .contains("store holds 3,000");
  }

  @Test
  void populate_withAnImpossiblePayload_exitsWith2() {
    Run run = run("populate", "--payload-bytes", "70000", "--redis-url", servers.redis().uri());

    assertThat(run.status).isEqualTo(2);
    assertThat(run.err).contains("--payload-bytes must be 0 to 65536");
  }

  @Test
  void populate_withAnUnknownStore_exitsWith2() {
    assertThat(run("populate", "--store", "memcached").status).isEqualTo(2);
  }

  @Test
  void smoke_populatesLooksUpAndVerifiesBothStores() {
    Run run = run("smoke", "--count", "2000", "--lookups", "400",
        "--redis-url", servers.redis().uri(), "--pg-url", servers.postgres().jdbcUrl());

    assertThat(run.status).as(run.err).isEqualTo(0);
    assertThat(run.out).contains("redis    400 verified lookups").contains("postgres 400 verified lookups")
        .contains("smoke run passed");
  }

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      int status = Statebench.execute(args);
      return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
