package dev.statebench.lbsim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmhScoreReaderTest {
  private static final String JMH = """
      [
        {"benchmark": "dev.statebench.jmh.JwtVerify.verify", "mode": "avgt", "params": {"alg": "HS256"},
         "primaryMetric": {"score": 12.5, "scoreUnit": "us/op"}},
        {"benchmark": "dev.statebench.jmh.JwtVerify.verify", "mode": "avgt", "params": {"alg": "ES256"},
         "primaryMetric": {"score": 0.85, "scoreUnit": "ms/op"}},
        {"benchmark": "dev.statebench.jmh.JwtVerify.throughput", "mode": "thrpt", "params": {"alg": "RS256"},
         "primaryMetric": {"score": 20000, "scoreUnit": "ops/s"}}
      ]
      """;

  @TempDir
  Path dir;

  @Test
  void matchingEntry_givesNanosecondsPerOperationInAnyUnit() throws IOException {
    Path file = dir.resolve("jmh.json");
    Files.writeString(file, JMH);
    assertThat(JmhScoreReader.nanosPerOperation(file, "JwtVerify.verify", Map.of("alg", "ES256"), "k"))
        .isEqualTo(850_000.0);
    assertThat(JmhScoreReader.nanosPerOperation(file, "JwtVerify.verify", Map.of("alg", "HS256"), "k"))
        .isEqualTo(12_500.0);
    assertThat(JmhScoreReader.nanosPerOperation(file, "throughput", Map.of(), "k")).isEqualTo(50_000.0);
  }

  @Test
  void ambiguousOrMissingEntry_isRefusedNamingTheKey() throws IOException {
    Path file = dir.resolve("jmh.json");
    Files.writeString(file, JMH);
    assertThatThrownBy(() -> JmhScoreReader.nanosPerOperation(file, "JwtVerify.verify", Map.of(), "state.verify.file"))
        .hasMessageStartingWith("state.verify.file: 2 entries");
    assertThatThrownBy(() -> JmhScoreReader.nanosPerOperation(dir.resolve("none.json"), "x", Map.of(), "state.verify.file"))
        .hasMessageContaining("file not found");
  }
}
