package dev.statebench.fleet.result;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.results.sim.PolicyResult;
import dev.statebench.results.sim.SimVariant;
import dev.statebench.results.sim.SimulationResult;
import dev.statebench.results.sim.SimulationResultReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetResultWriterTest {
  @TempDir
  Path dir;

  @Test
  void measuredResult_isTheContractsFormat2_withOneRunPerEstimate_andNothingItCannotObserve() throws IOException {
    Map<String, Double> m = new LinkedHashMap<>();
    for (String key : List.of("requests.issued", "requests.completed", "requests.failed", "requests.login",
        "sessions.opened", "throughput_per_s", "latency_ms.mean", "latency_ms.p50", "latency_ms.p90", "latency_ms.p99",
        "latency_ms.p999", "latency_ms.max", "skew.requests.max_over_mean", "skew.requests.cv",
        "skew.requests.jain")) {
      m.put(key, 1.0);
    }
    m.put("requests.rejected", 4.0);
    m.put("sessions.lost", 9.0);
    m.put("sessions.live_at_event", 30.0);
    PolicyOutcome outcome = new PolicyOutcome("round-robin", SimVariant.NONE, m, new double[] {2, 3},
        new double[] {10, 10}, 1, new double[][] {{1, 2}}, new double[][] {{1, 1}}, new double[] {0},
        new double[] {4});
    Path file = dir.resolve("lab.json");

    FleetResultWriter.write(file, "lab", 7, Map.of("name", "lab", "events", List.of(Map.of("at", "2s", "kill", 1))),
        List.of(), List.of(outcome));

    SimulationResult result = new SimulationResultReader().read(file);
    assertThat(result.engine().name()).isEqualTo("statebench-fleet");
    assertThat(result.replications()).isEqualTo(1);
    PolicyResult policy = result.policies().get(0);
    assertThat(policy.metrics().sessions().lost().mean()).isEqualTo(9.0);
    assertThat(policy.metrics().sessions().lost().n()).isEqualTo(1);
    assertThat(policy.metrics().sessions().lost().hasInterval()).isFalse();
    assertThat(policy.metrics().sessions().liveAtEvent().mean()).isEqualTo(30.0);
    // a 503 is both rejected and unavailable, as lb-sim counts a request that finds no live backend
    assertThat(policy.metrics().requests().unavailable().mean()).isEqualTo(4.0);
    assertThat(policy.metrics().requests().rejected().mean()).isEqualTo(4.0);
    assertThat(policy.metrics().utilization()).isNull();
    assertThat(policy.metrics().queueingMs()).isNull();
    assertThat(policy.metrics().skew().outstanding()).isNull();
    assertThat(policy.perBackend().requests()).containsExactly(2.0, 3.0);
    assertThat(policy.timeSeries().failed()).containsExactly(4.0);
    assertThat(result.scenario().events().get(0).kill()).isEqualTo(1);
  }
}
