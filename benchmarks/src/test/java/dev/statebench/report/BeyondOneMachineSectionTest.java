package dev.statebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.ops.OpsResults;
import dev.statebench.results.sim.Estimate;
import dev.statebench.results.sim.PolicyResult;
import dev.statebench.results.sim.RequestCounts;
import dev.statebench.results.sim.SimMetrics;
import dev.statebench.results.sim.SimVariant;
import dev.statebench.results.sim.SimulationResult;
import dev.statebench.results.sim.VariantSetting;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Beyond one machine" from hand-written fixtures ({@code beyond-one-machine/ops/}); every expected cell is worked out
 * by hand in the comment beside it.
 */
class BeyondOneMachineSectionTest {
  @TempDir
  Path run;

  private void copyFixture() throws IOException, URISyntaxException {
    Path fixture = Path.of(getClass().getResource("beyond-one-machine").toURI());
    try (Stream<Path> files = Files.walk(fixture)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = run.resolve(fixture.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
  }

  private static Estimate estimate(double mean, double halfWidth) {
    return new Estimate(mean, halfWidth, 0.95, 5);
  }

  private static PolicyResult simulated(String model, double issued, Estimate storeFailed) {
    SimVariant variant = new SimVariant("state=" + model, List.of(new VariantSetting("state", model,
        new ObjectMapper().createObjectNode().put("model", model))));
    RequestCounts requests = new RequestCounts(estimate(issued, 50), null, null, null, null, null, null, storeFailed);
    SimMetrics metrics = new SimMetrics(requests, null, null, null, null, null, null, null, null, null, null, null,
        null);
    return new PolicyResult("p2c", variant, metrics, null, null);
  }

  private static SimulationResult storeOutage() {
    return new SimulationResult(2, null, "store-outage", 1, 5, null, List.of(), List.of(
        simulated("jwt", 10_000, estimate(0, 0)), simulated("redis", 10_000, estimate(1500, 30))));
  }

  @Test
  void clusterTable_showsRunPercentilesAndIntervalMeansWithTheirCi() throws Exception {
    copyFixture();

    String section = BeyondOneMachineSection.render(ResultFolder.read(run));

    // per-interval p50 80, 90, 100: mean 90, s = 10, t(0.975, 2) = 4.303 → ± 4.303 × 10 / √3 = 24.8
    // per-interval p99 190, 200, 210 → 200 ± 24.8; 1 error + 1 timeout
    assertThat(section).contains("| single node | lettuce, one shared connection | 1,000 | 8,000 | 2 | ok | 80.0 | 200"
        + " | 90.0 ± 24.8 | 200 ± 24.8 | 3 |");
    // cluster: p99 280, 300, 320: s = 20 → ± 49.7
    assertThat(section).contains("| cluster | lettuce cluster client, one shared connection per node | 1,000 | 8,000 |"
        + " 2 | ok | 120 | 300 | 120 ± 24.8 | 300 ± 49.7 | 3 |");
  }

  @Test
  void keySpread_showsKeysPerMasterAndTheLargestShare() throws Exception {
    copyFixture();

    String section = BeyondOneMachineSection.render(ResultFolder.read(run));

    // 310 of 900 = 34.4%; with the hash tag one master holds all 900
    assertThat(section).contains("| `statebench:ops:` | no | 900 | 880 | 310 / 290 / 300 | 34.4% |");
    assertThat(section).contains("| `{statebench}:ops:` | yes | 900 | 1 | 0 / 900 / 0 | 100% |");
  }

  @Test
  void replicaWindow_statesTheWriteLoadAndPercentiles() throws Exception {
    copyFixture();

    String section = BeyondOneMachineSection.render(ResultFolder.read(run));

    assertThat(section).contains("under 198 inserts/s of background writes (200 asked), `synchronous_commit = on`");
    assertThat(section).contains("12 of 40 revocations were still found");
    assertThat(section).contains("| revoked on the primary, still found on the replica | 40 | 150 | 400 | 1,200 | 1,500 |");
  }

  @Test
  void outageTable_showsFailuresRecoveryAndRevokedTokensAccepted() throws Exception {
    copyFixture();

    String section = BeyondOneMachineSection.render(ResultFolder.read(run));

    assertThat(section).contains("| redis · kill | redis | 2,000 | 500 (480) | 100 | 1,400 | 0.400 | 1,000 | 0.500 |"
        + " 1,000 ms | — |");
    assertThat(section).contains("| redis · kill | hybrid-fail-open | 2,000 | 0 (0) | 0 | 0 | 0.500 | 2.50 | 0.600 |"
        + " not within the run | 37 / 80 of 125 |");
    assertThat(section).contains("| redis · freeze | redis | 2,000 | 0 (0) | 100 |");
  }

  @Test
  void sideBySide_putsMeasuredAndSimulatedOnOneRowPerStrategy() throws Exception {
    copyFixture();
    OpsResults.Outages outages = OpsResults.read(run.resolve("ops/outages.json"), OpsResults.Outages.class);

    String table = OutageTables.sideBySide(Optional.of(outages), Optional.of(storeOutage()));

    // jwt: nothing failed in either story
    assertThat(table).contains("| jwt-hs256 | redis killed 3.00 s of 10.0 s | 0% of 2,000 | jwt | 0% (store-failed"
        + " 0 ± 0 of 10,000 issued, n = 5, p2c) |");
    // redis: (500 failed + 100 timed out) / 2,000 = 30.0% measured; 1,500 / 10,000 = 15.0% simulated
    assertThat(table).contains("| redis | redis killed 3.00 s of 10.0 s | 30.0% of 2,000; sessions lost: 1,400 | redis |"
        + " 15.0% (store-failed"
        + " 1,500 ± 30.0 of 10,000 issued, n = 5, p2c) |");
    assertThat(table).contains("| postgres | not measured in this run | not measured in this run | sql |"
        + " not measured in this run |");
    assertThat(table).contains("| hybrid-fail-open | redis killed 3.00 s of 10.0 s | 0% of 2,000; revoked accepted"
        + " during / after: 37 / 80 | not simulated | — |");
  }

  @Test
  void storeOutageSimulation_isFoundByItsName() {
    ResultFolder.SimResult outage = new ResultFolder.SimResult("store-outage", storeOutage());
    SimulationResult other = new SimulationResult(2, null, "baseline", 1, 5, null, List.of(), List.of());

    assertThat(BeyondOneMachineSection.storeOutageSimulation(List.of(new ResultFolder.SimResult("baseline", other),
        outage))).contains(outage.result());
    assertThat(BeyondOneMachineSection.storeOutageSimulation(List.of(new ResultFolder.SimResult("baseline", other))))
        .isEmpty();
  }

  @Test
  void emptyRun_saysEachPartIsNotMeasured() throws Exception {
    String section = BeyondOneMachineSection.render(ResultFolder.read(run));

    assertThat(section.split("Not measured in this run", -1)).hasSize(5);
    assertThat(section).contains("no store-outage scenario in this run's `sim/`");
    assertThat(section).contains("| jwt-hs256 | not measured in this run | not measured in this run | jwt |"
        + " not measured in this run |");
  }
}
