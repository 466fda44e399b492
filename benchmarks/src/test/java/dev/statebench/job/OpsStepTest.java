package dev.statebench.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.load.ArrivalProcess;
import dev.statebench.load.KeyChoice;
import dev.statebench.load.SweepSettings;
import dev.statebench.load.TargetOptions;
import dev.statebench.ops.OpsPlan;
import dev.statebench.ops.OpsResults;
import dev.statebench.ops.OutageRun;
import dev.statebench.ops.ReplicaWindowSummary;
import dev.statebench.outage.Fault;
import dev.statebench.outage.OutageResult;
import dev.statebench.outage.OutageStore;
import dev.statebench.outage.OutageStrategy;
import dev.statebench.results.load.LoadSummary;
import dev.statebench.results.load.LoadSummaryReader;
import dev.statebench.run.BenchmarkProfile;
import dev.statebench.servers.ServerConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ops step on real embedded servers, with every part cut to a few seconds. */
class OpsStepTest {
  @TempDir
  Path dir;

  private static OpsPlan tiny() {
    SweepSettings load = new SweepSettings(List.of(200.0), ArrivalProcess.POISSON, Duration.ofSeconds(2),
        Duration.ofMillis(500), Duration.ZERO, new TargetOptions(1, 200, KeyChoice.UNIFORM), Duration.ofSeconds(2),
        Duration.ofMillis(50), SweepSettings.DEFAULT_FLOOR_FRACTION);
    return new OpsPlan(load, 300, 5, 50, "on", List.of(
        OpsPlan.outage(OutageStore.REDIS, Fault.FREEZE, OutageStrategy.HYBRID_FAIL_OPEN)));
  }

  @Test
  void run_writesEveryPartIntoOpsAtomically() throws Exception {
    Path out = dir.resolve("run");
    Files.createDirectories(out.resolve(".ops.partial"));
    Files.writeString(out.resolve(".ops.partial/left-over"), "from an interrupted attempt");
    ByteArrayOutputStream log = new ByteArrayOutputStream();

    List<Path> written = new OpsStep(tiny()).run(new JobContext(BenchmarkProfile.FULL, out, null,
        new PrintStream(log, true, StandardCharsets.UTF_8)));

    Path ops = out.resolve("ops");
    assertThat(out.resolve(".ops.partial")).doesNotExist();
    assertThat(written).contains(Path.of("ops", "key-spread.json"), Path.of("ops", "replica-window.json"),
        Path.of("ops", "outages.json"), Path.of("ops", "cluster-load", "redis", "summary.json"),
        Path.of("ops", "cluster-load", "redis-cluster", "summary.json"));
    for (String target : List.of("redis", "redis-cluster")) {
      LoadSummary summary = new LoadSummaryReader().read(ops.resolve("cluster-load").resolve(target)
          .resolve("summary.json"));
      assertThat(summary.target()).isEqualTo(target);
      assertThat(summary.rates()).hasSize(1);
      assertThat(summary.rates().get(0).errors()).isZero();
    }
    OpsResults.KeySpreads spreads = OpsResults.read(ops.resolve("key-spread.json"), OpsResults.KeySpreads.class);
    assertThat(spreads.masters()).isEqualTo(3);
    assertThat(spreads.spreads()).extracting(s -> s.hashTag()).containsExactly(false, true);
    assertThat(spreads.spreads().get(1).keysPerMaster()).containsExactlyInAnyOrder(300L, 0L, 0L);
    ReplicaWindowSummary replica = OpsResults.read(ops.resolve("replica-window.json"), ReplicaWindowSummary.class);
    assertThat(replica.samples()).isEqualTo(5);
    assertThat(replica.revocationWindowMicros().n()).isEqualTo(5);
    assertThat(replica.offeredWritesPerSecond()).isEqualTo(50);
    assertThat(replica.synchronousCommit()).isEqualTo("on");
    OpsResults.Outages outages = OpsResults.read(ops.resolve("outages.json"), OpsResults.Outages.class);
    OutageRun run = outages.runs().get(0);
    assertThat(run.store()).isEqualTo("redis");
    assertThat(run.fault()).isEqualTo("freeze");
    OutageResult failOpen = run.strategies().get(0);
    assertThat(failOpen.strategy()).isEqualTo("hybrid-fail-open");
    // 200 requests/s for 10 s, Poisson: about 2,000 offered
    assertThat(failOpen.offered()).isBetween(1700L, 2300L);
  }

  @Test
  void fullProfileOnly_runsTheOpsExperiments() {
    LbSimInstallation lbSim = new LbSimInstallation(dir.resolve("lb-sim.jar"), dir);

    assertThat(new MainJob(BenchmarkProfile.FULL, dir, ServerConfig.embedded(), List.of(), lbSim).steps())
        .extracting(JobStep::id).contains("ops");
    assertThat(new MainJob(BenchmarkProfile.QUICK, dir, ServerConfig.embedded(), List.of(), lbSim).steps())
        .extracting(JobStep::id).doesNotContain("ops");
  }

  @Test
  void standardPlan_isEstimatedAtFourMinutesAtMost() {
    assertThat(new OpsStep().estimatedSeconds()).isLessThanOrEqualTo(240);
  }
}
