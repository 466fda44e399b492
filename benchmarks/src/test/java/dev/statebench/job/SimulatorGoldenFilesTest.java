package dev.statebench.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.run.BenchmarkProfile;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Simulator output is deterministic, so the smoke profile's scenarios are golden files: each committed file under
 * {@code src/test/resources/golden/sim/} is regenerated with the same scenario, seed and arguments (those of
 * {@code simulations.yaml}) and must come out byte for byte the same. A failure means the simulator's output changed:
 * if that is intended, regenerate the files with {@code scripts/run --profile smoke} and commit them with the change.
 *
 * <p>lb-sim runs as a child process through its command line, as the job runs it; Maven puts it on the test class path.
 */
class SimulatorGoldenFilesTest {
  private static final Path SCENARIOS = Path.of("..", "lb-sim", "scenarios");
  private static final String LB_SIM_MAIN = "dev.statebench.lbsim.cli.LbSim";

  static List<Path> goldenFiles() throws IOException, URISyntaxException {
    Path folder = Path.of(SimulatorGoldenFilesTest.class.getResource("/golden/sim").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("goldenFiles")
  void smokeScenario_reproducesItsGoldenFileExactly(Path golden, @TempDir Path out) throws Exception {
    String stem = golden.getFileName().toString().replace(".json", "");
    SimulationPlan.Simulation simulation = SimulationPlan.forProfile(BenchmarkProfile.SMOKE).stream()
        .filter(s -> s.stem().equals(stem)).findFirst()
        .orElseThrow(() -> new AssertionError("golden file " + golden + " has no smoke scenario in the plan"));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), LB_SIM_MAIN, "run",
        SCENARIOS.resolve(simulation.scenario()).toString()));
    command.addAll(simulation.args());
    command.addAll(List.of("--format", "json", "--out", out.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(out.resolve("lb-sim.log").toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(out.resolve("lb-sim.log"))).isZero();

    assertThat(Files.readString(out.resolve(golden.getFileName()))).isEqualTo(Files.readString(golden));
  }
}
