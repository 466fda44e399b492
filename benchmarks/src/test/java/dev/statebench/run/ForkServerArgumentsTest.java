package dev.statebench.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.jmh.JwtVerifyBenchmark;
import dev.statebench.jmh.RedisLookupBenchmark;
import dev.statebench.jmh.StoreThroughputBenchmark;
import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.options.Options;

/** Server wiring of {@code statebench run}: which servers start, and what every fork receives. */
class ForkServerArgumentsTest {

  @Test
  void needs_followTheSelectedBenchmarksAndLoadTargets() {
    BenchmarkSelection jwt = new BenchmarkSelection(JwtVerifyBenchmark.class, Map.of("alg", List.of("HS256")));
    BenchmarkSelection redis = new BenchmarkSelection(RedisLookupBenchmark.class, Map.of());
    BenchmarkSelection postgresThroughput = new BenchmarkSelection(StoreThroughputBenchmark.class,
        Map.of("target", List.of("POSTGRES", "JWT_HS256")), 4);

    assertThat(ServerNeeds.of(List.of(jwt))).isEqualTo(new ServerNeeds(false, false));
    assertThat(ServerNeeds.of(List.of(jwt, redis))).isEqualTo(new ServerNeeds(true, false));
    assertThat(ServerNeeds.of(List.of(postgresThroughput))).isEqualTo(new ServerNeeds(false, true));
  }

  @Test
  void prepare_handsTheStartedServersToForksThatThenConnectToThemAndRecordsNoSecret() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (Servers servers = Servers.open(ServerConfig.embedded())) {
      ForkServerArguments fork = ForkServerArguments.prepare(servers, new ServerNeeds(true, true), Path.of("out/hlog"),
          Map.of(), new PrintStream(log, true, StandardCharsets.UTF_8));

      // What a fork does with these arguments: ServerConfig.fromEnvironment() over its system properties
      Properties forkProperties = new Properties();
      for (String arg : fork.jvmArgs()) {
        String[] pair = arg.substring(2).split("=", 2);
        forkProperties.setProperty(pair[0], pair[1]);
      }
      ServerConfig inFork = ServerConfig.from(forkProperties, Map.of());

      assertThat(inFork.redisUrl()).isEqualTo(servers.redis().uri());
      assertThat(inFork.pgUrl()).isEqualTo(servers.postgres().jdbcUrl());
      assertThat(inFork.embeddedRedis()).isFalse();
      assertThat(inFork.embeddedPostgres()).isFalse();
      assertThat(forkProperties.getProperty("statebench.hlog.dir")).endsWith(Path.of("out", "hlog").toString());
      assertThat(fork.description()).containsKeys("redis", "postgres");
      assertThat(fork.description().toString()).contains(servers.redis().version()).doesNotContain("password");
    }
  }

  @Test
  void prepare_startsNothingForAJwtOnlyRun() {
    try (Servers servers = Servers.open(ServerConfig.embedded())) {
      ForkServerArguments fork = ForkServerArguments.prepare(servers, new ServerNeeds(false, false), Path.of("h"),
          Map.of(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

      assertThat(fork.jvmArgs()).hasSize(1);
      assertThat(fork.description()).isEmpty();
    }
  }

  @Test
  void options_passForkArgumentsAndThreadsToJmh() {
    BenchmarkSelection selection = new BenchmarkSelection(StoreThroughputBenchmark.class,
        Map.of("target", List.of("REDIS"), "pool", List.of("8")), 4);

    Options options = SuiteRunner.options(BenchmarkProfile.SMOKE, selection, JvmInstallation.current(),
        Path.of("result.json"), List.of("-Dstatebench.redis.url=redis://127.0.0.1:1")).build();

    assertThat(options.getJvmArgsAppend().get()).contains("-Dstatebench.redis.url=redis://127.0.0.1:1");
    assertThat(options.getThreads().get()).isEqualTo(4);
  }
}
