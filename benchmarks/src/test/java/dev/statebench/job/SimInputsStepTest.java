package dev.statebench.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.statebench.results.sim.SimInputs;
import dev.statebench.results.sim.SimInputsFiles;
import dev.statebench.results.sim.SimulationResult;
import dev.statebench.results.sim.SimulationResultReader;
import dev.statebench.run.BenchmarkProfile;
import dev.statebench.servers.ServerConfig;
import dev.statebench.shard.Shard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job derives the simulator's inputs from the run and the simulator steps pass them on: lb-sim runs as a child
 * process (as in the job, from a launcher jar whose manifest names the test class path) and its result records the
 * input it used.
 */
class SimInputsStepTest {
  // 1 backend × 1 worker, 100 sessions/s of 1 request, service fixed 1 ms, JWT RS256. The fixture run measured RS256
  // at 40.25 µs (avgt only): designed utilisation 100/s × 1.04025 ms = 0.104025 (the committed default, 50.9 µs,
  // would give 0.10509).
  private static final String SCENARIO = """
      seed: 11
      replications: 2
      duration: 20s
      backends: {count: 1, workers: 1, service: {dist: fixed, mean: 1ms}}
      sessions: {arrival: {dist: poisson, rate: 100/s}}
      policies: [round-robin]
      state: {model: jwt, algorithm: RS256}
      """;

  @TempDir
  Path dir;

  @Test
  void simulationStep_feedsLbSimThisRunsMeasurement_andTheResultRecordsIt() throws IOException {
    Path run = Files.createDirectories(dir.resolve("run"));
    SimInputsDerivationTest.copyFixture(run);
    JobContext context = context(run);

    List<Path> inputs = new SimInputsStep().run(context);
    List<Path> sim = simulationStep().run(context);

    assertThat(inputs).contains(Path.of("sim-inputs", "sim-inputs.json"), Path.of("sim-inputs", "verify-HS256.hlog"));
    assertThat(SimInputsFiles.read(run.resolve("sim-inputs/sim-inputs.json")).costs().verify()).containsKey("RS256");
    assertThat(sim).contains(Path.of("sim", "jwt.json"));
    SimulationResult result = new SimulationResultReader().read(run.resolve("sim/jwt.json"));
    assertThat(result.scenario().costs().verify().get("RS256").mean()).isEqualTo("40250.0ns");
    assertThat(result.scenario().costs().verify().get("RS256").source()).contains("JwtVerifyBenchmark.verify")
        .contains("alg=RS256").contains("average-time mode");
    assertThat(result.policies().get(0).metrics().utilization().designed().mean()).isCloseTo(0.104025, within(1e-9));
  }

  @Test
  void runWithoutTheRow_fallsBackToTheCommittedDefault_andSaysSo() throws IOException {
    Path run = Files.createDirectories(dir.resolve("empty-run"));
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    JobContext context = new JobContext(BenchmarkProfile.SMOKE, run, null,
        new PrintStream(log, true, StandardCharsets.UTF_8));

    new SimInputsStep().run(context);
    simulationStep().run(context);

    SimInputs inputs = SimInputsFiles.read(run.resolve("sim-inputs/sim-inputs.json"));
    assertThat(inputs.absent()).extracting(SimInputs.Absent::key).contains("verify.RS256");
    assertThat(log.toString(StandardCharsets.UTF_8)).contains("[sim-inputs] verify.RS256: committed default");
    SimulationResult result = new SimulationResultReader().read(run.resolve("sim/jwt.json"));
    assertThat(result.scenario().costs().verify()).doesNotContainKey("RS256");
    // committed default RS256 50.9 µs: 100/s × 1.0509 ms
    assertThat(result.policies().get(0).metrics().utilization().designed().mean()).isCloseTo(0.10509, within(1e-9));
  }

  @Test
  void wholeJobsDeriveInputsBeforeTheSimulations_shardsDoNot() {
    LbSimInstallation lbSim = new LbSimInstallation(dir.resolve("lb-sim.jar"), dir);
    List<String> whole = new MainJob(BenchmarkProfile.SMOKE, dir, ServerConfig.embedded(), List.of(), lbSim).steps()
        .stream().map(JobStep::id).toList();
    assertThat(whole.indexOf("sim-inputs")).isEqualTo(whole.indexOf("jmh") + 1);
    assertThat(whole.indexOf("sim-inputs")).isLessThan(whole.indexOf("sim:reference.yaml"));
    assertThat(new MainJob(BenchmarkProfile.SMOKE, dir, ServerConfig.embedded(), List.of(), lbSim,
        Shard.parse("1/2")).steps()).extracting(JobStep::id).doesNotContain("sim-inputs");
  }

  private JobContext context(Path run) {
    return new JobContext(BenchmarkProfile.SMOKE, run, null, new PrintStream(OutputStream.nullOutputStream(), true,
        StandardCharsets.UTF_8));
  }

  private SimulationStep simulationStep() throws IOException {
    Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
    Files.writeString(scenarios.resolve("jwt.yaml"), SCENARIO);
    return new SimulationStep(new SimulationPlan.Simulation("jwt.yaml", List.of(), 1),
        new LbSimInstallation(launcherJar(), scenarios));
  }

  /** A jar holding only a manifest that starts lb-sim from this test's class path (Maven puts lb-sim on it). */
  private Path launcherJar() throws IOException {
    Path jar = dir.resolve("lb-sim-launcher.jar");
    if (Files.exists(jar)) {
      return jar;
    }
    Manifest manifest = new Manifest();
    manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
    manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "dev.statebench.lbsim.cli.LbSim");
    manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, Arrays.stream(
        System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .map(entry -> Path.of(entry).toAbsolutePath().toUri().toString()).collect(Collectors.joining(" ")));
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      out.flush();
    }
    return jar;
  }
}
