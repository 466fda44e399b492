package dev.statebench.lbsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.results.sim.SimulationResult;
import dev.statebench.results.sim.SimulationResultReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lb-sim run --inputs}: a run's measured costs replace the committed defaults and are echoed with sources. */
class RunInputsTest {
  // 1 backend × 1 worker, 100 sessions/s of 1 request, service fixed 1 ms, JWT HS256:
  // committed default verify 10.6 µs -> designed utilisation 100/s × 1.0106 ms = 0.10106;
  // inputs verify.HS256 mean 1 ms     -> designed utilisation 100/s × 2 ms       = 0.2.
  private static final String SCENARIO = """
      seed: 7
      replications: 2
      duration: 20s
      backends: {count: 1, workers: 1, service: {dist: fixed, mean: 1ms}}
      sessions: {arrival: {dist: poisson, rate: 100/s}}
      policies: [round-robin]
      state: {model: jwt, algorithm: HS256}
      """;
  private static final String INPUTS = """
      {"format_version": 1,
       "costs": {"verify": {"HS256": {"dist": "lognormal", "mean": "1000000.0ns", "cv": 0.3,
                                      "source": "fixture jmh.json JwtVerifyBenchmark.verify {alg=HS256} avgt mean"}}},
       "absent": [{"key": "lookup.redis", "reason": "not in the fixture"}]}
      """;

  @TempDir
  Path dir;

  @Test
  void inputs_replaceTheDefaultCost_andTheResultEchoesItWithItsSource() throws IOException {
    Path scenario = Files.writeString(dir.resolve("jwt.yaml"), SCENARIO);
    Path inputs = Files.writeString(dir.resolve("sim-inputs.json"), INPUTS);

    assertThat(run("run", scenario.toString(), "--format", "json", "--out", dir.resolve("fed").toString(),
        "--inputs", inputs.toString())).isZero();
    assertThat(run("run", scenario.toString(), "--format", "json", "--out", dir.resolve("default").toString()))
        .isZero();

    SimulationResult fed = new SimulationResultReader().read(dir.resolve("fed/jwt.json"));
    SimulationResult defaults = new SimulationResultReader().read(dir.resolve("default/jwt.json"));
    assertThat(fed.policies().get(0).metrics().utilization().designed().mean()).isCloseTo(0.2, within(1e-9));
    assertThat(defaults.policies().get(0).metrics().utilization().designed().mean())
        .isCloseTo(0.10106, within(1e-9));
    assertThat(fed.scenario().costs().verify().get("HS256").source())
        .isEqualTo("fixture jmh.json JwtVerifyBenchmark.verify {alg=HS256} avgt mean");
    assertThat(defaults.scenario().costs()).isNull();
  }

  @Test
  void inputsWithAnUnknownKey_isOneLineExitTwo() throws IOException {
    Path scenario = Files.writeString(dir.resolve("jwt.yaml"), SCENARIO);
    Path inputs = Files.writeString(dir.resolve("bad.json"), INPUTS.replace("\"HS256\"", "\"HS999\""));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    int status;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      status = LbSim.execute(new String[] {"run", scenario.toString(), "--inputs", inputs.toString()});
    } finally {
      System.setErr(saved);
    }
    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip()).contains("--inputs").contains("bad.json")
        .doesNotContain("\n");
  }

  @Test
  void inputsWithAShard_isOneLineExitTwo() throws IOException {
    Path scenario = Files.writeString(dir.resolve("jwt.yaml"), SCENARIO);
    Path inputs = Files.writeString(dir.resolve("inputs.json"), INPUTS);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    int status;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      status = LbSim.execute(new String[] {"run", scenario.toString(), "--inputs", inputs.toString(), "--shard", "1/2",
          "--out", dir.resolve("out").toString()});
    } finally {
      System.setErr(saved);
    }
    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip()).contains("--shard").contains("--inputs")
        .doesNotContain("\n");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  private static org.assertj.core.data.Offset<Double> within(double tolerance) {
    return org.assertj.core.data.Offset.offset(tolerance);
  }

  private static int run(String... args) {
    PrintStream err = System.err;
    try {
      System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      return LbSim.execute(args);
    } finally {
      System.setErr(err);
    }
  }
}
