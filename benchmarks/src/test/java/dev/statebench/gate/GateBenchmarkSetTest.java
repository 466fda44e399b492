package dev.statebench.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.run.BenchmarkProfile;
import dev.statebench.run.BenchmarkSelection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gate's benchmark sets: the quick set mirrors the quick profile; labels are unique file-name parts. */
class GateBenchmarkSetTest {

  @Test
  void quickSet_runsExactlyTheQuickProfilesSelections() {
    List<BenchmarkSelection> profile = BenchmarkProfile.QUICK.selections();
    List<JmhInvocation> set = GateBenchmarkSet.QUICK.invocations();

    assertThat(set).hasSameSizeAs(profile);
    for (int i = 0; i < set.size(); i++) {
      assertThat(set.get(i).benchmarkClass()).isEqualTo(profile.get(i).benchmark().getName());
      assertThat(set.get(i).params()).isEqualTo(profile.get(i).params());
      assertThat(set.get(i).threads()).isEqualTo(profile.get(i).threads());
    }
  }

  @Test
  void everySet_hasUniqueLabels() {
    for (GateBenchmarkSet set : GateBenchmarkSet.values()) {
      assertThat(set.invocations().stream().map(JmhInvocation::label)).doesNotHaveDuplicates();
    }
  }

  @Test
  void serverBenchmarks_areMarkedAsPopulatingTheServers() {
    // Their trials empty and refill shared tables or keys, so duet mode must not run two of them at once.
    assertThat(GateBenchmarkSet.GATE.invocations().stream().filter(JmhInvocation::populatesServers)
        .map(JmhInvocation::label)).containsExactlyInAnyOrder(
            "RedisLookupBenchmark", "PostgresLookupBenchmark", "HybridTokenBenchmark");
  }

  @Test
  void calibrationSet_needsNoServers() {
    assertThat(GateBenchmarkSet.CALIBRATION.needsRedis()).isFalse();
    assertThat(GateBenchmarkSet.CALIBRATION.needsPostgres()).isFalse();
    assertThat(GateBenchmarkSet.CALIBRATION.invocations()).singleElement()
        .satisfies(i -> assertThat(i.benchmarkClass()).endsWith("GateCalibrationBenchmark"));
  }
}
