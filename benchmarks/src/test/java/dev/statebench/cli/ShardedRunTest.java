package dev.statebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sharded path end to end with real JMH forks: three shards of the smoke profile's JWT verification benchmarks
 * (four configurations), then {@code statebench merge}, which must hold each configuration exactly once and a report
 * that names the shards.
 */
class ShardedRunTest {
  @TempDir
  Path dir;

  @Test
  void threeShardsMerged_holdEveryConfigurationOnceAndReportTheirMachines() throws Exception {
    for (int k = 1; k <= 3; k++) {
      int status = Statebench.execute("run", "--profile", "smoke", "--include", "JwtVerifyBenchmark", "--shard",
          k + "/3", "--out", dir.resolve("shard-" + k).toString());
      assertThat(status).as("shard " + k).isZero();
      assertThat(dir.resolve("shard-" + k).resolve("shard.json")).exists();
    }

    int merged = Statebench.execute("merge", "--out", dir.resolve("merged").toString(),
        dir.resolve("shard-3").toString(), dir.resolve("shard-1").toString(), dir.resolve("shard-2").toString());

    assertThat(merged).isZero();
    JsonNode results = new ObjectMapper().readTree(dir.resolve("merged/jmh.json").toFile());
    Set<String> configurations = new HashSet<>();
    results.forEach(result -> configurations.add(result.path("params").toString()));
    // smoke: alg HS256, ES256 × path REUSED, PROCESSOR (profile TYPICAL, provider JDK) = 4 configurations
    assertThat(results).hasSize(4);
    assertThat(configurations).hasSize(4);
    for (int k = 1; k <= 3; k++) {
      assertThat(dir.resolve("merged/shards/" + k + "/env.json")).exists();
    }
    assertThat(Files.readString(dir.resolve("merged/report.md"))).contains("merged from 3 shards")
        .contains("| 2/3 |");
  }

  @Test
  void shardBeyondTheConfigurations_isAOneLineUsageError() {
    int status = Statebench.execute("run", "--profile", "smoke", "--include", "JwtVerifyBenchmark", "--shard", "5/5",
        "--out", dir.resolve("too-many").toString());

    assertThat(status).isEqualTo(Statebench.USAGE_ERROR);
    assertThat(dir.resolve("too-many")).doesNotExist();
  }
}
