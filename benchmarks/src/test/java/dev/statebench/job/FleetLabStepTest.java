package dev.statebench.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.fleet.lab.HaproxyBinary;
import dev.statebench.run.BenchmarkProfile;
import dev.statebench.servers.ServerConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetLabStepTest {
  @TempDir
  Path dir;

  @Test
  void withoutHaproxy_theStepSaysSoAndWritesNothing() throws IOException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    Path missing = dir.resolve("no-haproxy");
    FleetLabStep step = new FleetLabStep(new LbSimInstallation(dir.resolve("lb-sim.jar"), dir),
        () -> HaproxyBinary.locate(missing.toString(), null));

    List<Path> written = step.run(new JobContext(BenchmarkProfile.FULL, dir.resolve("out"), null,
        new PrintStream(log, true, StandardCharsets.UTF_8)));

    assertThat(written).isEmpty();
    assertThat(dir.resolve("out")).doesNotExist();
    assertThat(log.toString(StandardCharsets.UTF_8))
        .startsWith("[fleet] the fleet lab is skipped: ").contains("apt-get install haproxy");
  }

  @Test
  void fullProfileOnly_runsTheFleetLab() {
    LbSimInstallation lbSim = new LbSimInstallation(dir.resolve("lb-sim.jar"), dir);

    assertThat(new MainJob(BenchmarkProfile.FULL, dir, ServerConfig.embedded(), List.of(), lbSim).steps())
        .extracting(JobStep::id).contains("fleet-lab");
    assertThat(new MainJob(BenchmarkProfile.QUICK, dir, ServerConfig.embedded(), List.of(), lbSim).steps())
        .extracting(JobStep::id).doesNotContain("fleet-lab");
  }
}
