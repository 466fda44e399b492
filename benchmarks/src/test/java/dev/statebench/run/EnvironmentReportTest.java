package dev.statebench.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statebench.results.env.RunManifestReader;
import dev.statebench.results.schema.ResultFormat;
import dev.statebench.results.schema.ResultSchemas;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.servers.PostgresEndpoint;
import dev.statebench.servers.RedisEndpoint;
import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import dev.statebench.session.RedisSessionStore;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * env.json as the main job writes it: complete (JVM, OS, CPU, memory, server versions, libraries, git, profile) and free
 * of secrets, even when the servers are reached through URLs that carry passwords.
 */
class EnvironmentReportTest {
  private static final String REDIS_SECRET = "redis-secret-4711";
  private static final String PG_URL_SECRET = "pg-url-secret-4712";
  private static final String PG_FLAG_SECRET = "pg-flag-secret-4713";

  @Test
  void envJson_describesTheRunAndNeverHoldsAPasswordFromAServerUrl() throws Exception {
    try (Servers embedded = Servers.open(ServerConfig.embedded())) {
      RedisEndpoint redis = embedded.redis();
      PostgresEndpoint postgres = embedded.postgres();
      var client = RedisSessionStore.newClient(redis.uri());
      try (var connection = client.connect()) {
        connection.sync().configSet("requirepass", REDIS_SECRET);
      } finally {
        client.shutdown();
      }
      ServerConfig external = ServerConfig.embedded().withOverrides(
          "redis://:" + REDIS_SECRET + "@127.0.0.1:" + redis.port(),
          postgres.jdbcUrl() + "?password=" + PG_URL_SECRET, postgres.user(), PG_FLAG_SECRET, null, null);

      String json;
      try (Servers servers = Servers.open(external)) {
        BenchmarkProfile profile = BenchmarkProfile.SMOKE;
        json = new ObjectMapper().writeValueAsString(EnvironmentReport.describe(profile, profile.selections(),
            List.of(JvmInstallation.current()), null, Instant.now(), Instant.now(),
            ForkServerArguments.prepare(servers, new ServerNeeds(true, true), Path.of("hlog"), Map.of(),
                new PrintStream(OutputStream.nullOutputStream())).description(), List.of(0.5, 0.25, 0.125)));
      }

      assertThat(json).doesNotContain(REDIS_SECRET, PG_URL_SECRET, PG_FLAG_SECRET);
      JsonNode env = new ObjectMapper().readTree(json);
      assertThat(env.path("servers").path("redis").path("version").asText()).isEqualTo(redis.version());
      assertThat(env.path("servers").path("redis").path("embedded").asBoolean()).isFalse();
      assertThat(env.path("servers").path("postgres").path("version").asText()).isEqualTo(postgres.version());
      assertThat(env.path("profile").asText()).isEqualTo("smoke");
      assertThat(env.path("jvms").get(0).path("java.vendor").asText()).isNotBlank();
      assertThat(env.path("cpu").path("logicalCores").asInt()).isPositive();
      assertThat(env.path("memoryBytes").asLong()).isPositive();
      assertThat(env.path("libraries").path("lettuce-core").asText()).isNotEqualTo("unknown");
      assertThat(env.path("git").has("commit")).isTrue();
      assertThat(env.path("git").has("dirty")).isTrue();
      // the additions: pgjdbc's own version, server settings, load before/after, collectors, schema-valid
      assertThat(env.path("libraries").path("postgresql").asText()).isNotEqualTo("unknown").isNotBlank();
      assertThat(env.path("servers").path("postgres").path("settings").path("synchronous_commit").asText())
          .isIn("on", "off", "local", "remote_write", "remote_apply");
      assertThat(env.path("servers").path("redis").path("settings").path("appendonly").asText()).isIn("yes", "no");
      assertThat(env.path("loadAverage").path("before").get(0).asDouble()).isEqualTo(0.5);
      assertThat(env.path("garbageCollectors").size()).isPositive();
      assertThat(ResultSchemas.violations(env, ResultFormat.RUN_MANIFEST_1)).isEmpty();
      assertThat(env.path("clockSource").asText()).isNotBlank();
      // how each selection was timed and where it ran
      assertThat(env.path("jmh").path("untimedWarmupCalls").asInt()).isEqualTo(BenchmarkProfile.SMOKE.untimedWarmupCalls());
      JsonNode redisSelection = null;
      for (JsonNode selection : env.path("benchmarks")) {
        if (selection.path("class").asText().endsWith("RedisLookupBenchmark")) {
          redisSelection = selection;
        }
      }
      assertThat(redisSelection).isNotNull();
      assertThat(redisSelection.path("modes").toString()).isEqualTo("[\"sample\"]");
      assertThat(redisSelection.path("jvms").asText()).isEqualTo("launcher");
      // and the report's typed reader takes every field the run writes
      Path file = Files.writeString(Files.createTempFile("env", ".json"), json);
      try {
        assertThat(new RunManifestReader().read(file).clockSource()).isEqualTo(env.path("clockSource").asText());
      } finally {
        Files.delete(file);
      }
    }
  }
}
