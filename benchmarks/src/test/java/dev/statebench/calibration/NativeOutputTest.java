package dev.statebench.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NativeOutputTest {

  @Test
  void redisBenchmarkCsv_givesTheGetRowsMedianAndMeanInMicroseconds() {
    String csv = """
        "test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms","p95_latency_ms","p99_latency_ms","max_latency_ms"
        "GET","34071.55","0.026","0.000","0.007","0.047","0.103","12.215"
        """;

    assertThat(NativeOutput.redisBenchmarkMedianMicros(csv)).isEqualTo(7.0);
    assertThat(NativeOutput.redisBenchmarkMeanMicros(csv)).isEqualTo(26.0);
  }

  @Test
  void redisBenchmarkCsv_withoutPercentiles_isReportedAsOldTools() {
    assertThatThrownBy(() -> NativeOutput.redisBenchmarkMedianMicros("\"GET\",\"34071.55\"\n"))
        .hasMessageContaining("Redis 7");
  }

  @Test
  void pgbenchLog_givesTheThirdColumnOfEveryTransaction() {
    String log = "0 0 61 0 1763880000 123456\n0 1 58 0 1763880000 123520\n0 2 900 0 1763880000 124500\n";

    assertThat(NativeOutput.pgbenchLatenciesMicros(log)).containsExactly(61, 58, 900);
    // median of 58, 61, 900
    assertThat(Calibration.median(NativeOutput.pgbenchLatenciesMicros(log))).isEqualTo(61);
  }
}
