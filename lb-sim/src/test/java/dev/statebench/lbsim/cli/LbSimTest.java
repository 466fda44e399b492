package dev.statebench.lbsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.lbsim.scenario.ScenarioLoader;
import dev.statebench.results.schema.ResultFormat;
import dev.statebench.results.schema.ResultSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LbSimTest {
  private static final String SCENARIO = """
      seed: 42
      replications: 3
      warmup: 1s
      duration: 10s
      backends: {count: 8, workers: 2, service: {dist: lognormal, mean: 5ms, cv: 2}}
      sessions:
        arrival: {dist: poisson, rate: 400/s}
        length: {dist: pareto, alpha: 1.5, mean: 5}
        think: {dist: exponential, mean: 100ms}
      policies: [round-robin, 'p2c(d=2, replacement=false)', sticky(inner=least-outstanding), ring-hash(vnodes=50),
                 maglev(table=1009), 'bounded-load(inner=maglev(table=1009), factor=1.25)', peak-ewma,
                 weighted-round-robin, jsq, random, source-hash, rendezvous]
      report: {window: 2s}
      """;

  @TempDir
  Path dir;

  private Path scenario() throws IOException {
    Path file = dir.resolve("determinism.yaml");
    Files.writeString(file, SCENARIO);
    return file;
  }

  private static String[] captured(String... args) {
    return CommandLineRun.captured(args);
  }

  @Test
  void sameScenarioAndSeed_giveByteIdenticalOutputWhateverTheThreads() throws IOException {
    Path file = scenario();
    String bursty = "sessions.arrival={dist: mmpp, rates: [200/s, 900/s], dwell: [3s, 1s]}";
    assertThat(captured("run", file.toString(), "--format", "json", "--out", dir.resolve("a").toString(),
        "--threads", "2", "--set", bursty)[0]).isEqualTo("0");
    assertThat(captured("run", file.toString(), "--format", "json", "--out", dir.resolve("b").toString(),
        "--threads", "1", "--set", bursty)[0]).isEqualTo("0");
    byte[] a = Files.readAllBytes(dir.resolve("a/determinism.json"));
    byte[] b = Files.readAllBytes(dir.resolve("b/determinism.json"));
    assertThat(a).isEqualTo(b);
    String[] other = captured("run", file.toString(), "--format", "json", "--seed", "43", "--set", bursty);
    assertThat(other[1]).isNotEqualTo(new String(a, StandardCharsets.UTF_8));
  }

  @Test
  void jsonOutput_echoesScenarioSeedEngineAndOneObjectPerPolicy() throws IOException {
    String[] result = captured("run", scenario().toString(), "--format", "json", "--replications", "2",
        "--set", "policies=[random, jsq]", "--set", "backends.count=4", "--set", "sessions.arrival.rate=200/s");
    assertThat(result[0]).as(result[2]).isEqualTo("0");
    JsonNode json = new ObjectMapper().readTree(result[1]);
    assertThat(json.at("/engine/version").asText()).isNotEmpty();
    assertThat(json.at("/seed").asLong()).isEqualTo(42);
    assertThat(json.at("/scenario/backends/count").asInt()).isEqualTo(4);
    assertThat(json.at("/scenario/replications").asInt()).isEqualTo(2);
    assertThat(json.at("/policies")).hasSize(2);
    assertThat(json.at("/policies/1/policy").asText()).isEqualTo("jsq");
    JsonNode p99 = json.at("/policies/0/metrics/latency_ms/p99");
    assertThat(p99.get("mean").asDouble()).isPositive();
    assertThat(p99.get("half_width").asDouble()).isPositive();
    assertThat(p99.get("level").asDouble()).isEqualTo(0.95);
    assertThat(p99.get("n").asInt()).isEqualTo(2);
    assertThat(json.at("/format_version").asInt()).isEqualTo(2);
    assertThat(ResultSchemas.violations(json, ResultFormat.SIMULATION_2)).isEmpty();
    assertThat(json.at("/policies/0/per_backend/requests")).hasSize(4);
    assertThat(json.at("/policies/0/time_series/outstanding")).hasSize(5);
  }

  @Test
  void csvAndTable_listEveryPolicy() throws IOException {
    String[] csv = captured("run", scenario().toString(), "--format", "csv", "--replications", "1");
    assertThat(csv[1]).startsWith("policy,metric,mean,ci95,n\n").contains("\"maglev(table=1009)\",latency_ms.p99,");
    String[] table = captured("run", scenario().toString(), "--replications", "2", "--set", "policies=[random]");
    assertThat(table[1]).contains("random").contains("±");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "sessions.arrival.rate=-5/s | sessions.arrival.rate: '-5/s' must be a positive rate",
      "sessions.arrival.rate=~ | sessions.arrival.rate: missing",
      "sessions.arrival.rate=200 | sessions.arrival.rate: '200' is not a rate",
      "duration=ten minutes | duration: 'ten minutes' is not a duration",
      "duration=600 | duration: '600' needs a unit",
      "backends.colour=red | backends.colour: unknown key",
      "policies=[p2c(d=2), least-loaded] | policies[1]: unknown policy 'least-loaded'",
      "policies=[p2c(k=2)] | policies[0]: policy 'p2c' has no option 'k'",
      "sessions.arrival.rate=700/s | backends: utilisation would be 1.09",
      "requests=1000 | requests: give either duration or requests, not both",
      "sessions.length.alpha=0.9 | sessions.length.alpha: must exceed 1",
      "backends.service.dist=weibull | backends.service.dist: unknown distribution 'weibull'",
      "backends.speed=[1, 2] | backends.speed: lists 2 values but there are 8 backends",
      "state.model=memcached | state.model: unknown state model 'memcached'",
      "state={model: redis, access-ttl: 5min} | state.access-ttl: unknown key",
      "state={model: jwt, algorithm: PS512} | state.algorithm: unknown algorithm 'PS512'",
      "events=[{at: 5s, explode: 1}] | events[0]: needs one action",
      "events=[{at: 5s, kill: 8}] | events[0].kill: no backend 8",
      "events=[{at: 5s, kill: 1, add: 2}] | events[0].add: one action per event",
      "events=[{at: 5s, rolling-deploy: {surge: 1}}] | events[0].rolling-deploy.pace: missing",
      "sweep=[{key: backends.count, values: [2, 3], labels: [a]}] | sweep[0].labels: lists 1 labels for 2 values",
      "state={model: local} | policies[0]: 'round-robin' does not keep a session on one backend",
      "sessions.start=warm | sessions.start: must be equilibrium or empty, not 'warm'",
      "events=[{at: 5s, drain: 1, deadline: 5s, mode: soft}] | events[0].mode: must be haproxy or deregister",
      "events=[{at: 5s, store-down: false}] | events[0].store-down: must be true"})
  void invalidScenario_isRefusedWithOneLineNamingTheKey(String override, String message) throws IOException {
    String[] result = captured("run", scenario().toString(), "--set", override, "--out", dir.resolve("never").toString());
    assertThat(result[0]).isEqualTo("2");
    assertThat(result[2]).startsWith("lb-sim: " + message).doesNotContain("\tat ");
    assertThat(result[2].strip().lines()).hasSize(1);
    assertThat(dir.resolve("never")).doesNotExist();
  }

  @Test
  void table_printsDesignedAndAchievedUtilisation_andWarnsWhenTheRunMeasuresARamp() throws IOException {
    // heavy-tailed sessions started empty (sessions.start=empty) are far from steady state after 20 s: the achieved
    // utilisation is well below the design (0.625) and the table says so in one line
    String heavy = "sessions.length={dist: pareto, alpha: 1.5, mean: 50}";
    String[] empty = captured("run", scenario().toString(), "--replications", "1", "--set", "policies=[p2c(d=2)]",
        "--set", heavy, "--set", "sessions.arrival.rate=40/s", "--set", "sessions.start=empty", "--set", "warmup=0s",
        "--set", "duration=20s");
    assertThat(empty[1]).contains("util designed").contains("util achieved");
    assertThat(empty[1].lines().filter(l -> l.startsWith("warning: achieved utilization differs"))).hasSize(1);
  }

  @Test
  void missingScenarioFile_isOneLineExitTwo() {
    String[] result = captured("run", dir.resolve("nope.yaml").toString());
    assertThat(result[0]).isEqualTo("2");
    assertThat(result[2]).contains("no such scenario file");
  }

  @Test
  void referenceAndValidationScenarios_areValid() throws IOException {
    try (var files = Files.list(Path.of("scenarios/validation"))) {
      for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".yaml"))::iterator) {
        assertThat(ScenarioLoader.load(file, List.of()).policies())
            .as(file.toString()).isNotEmpty();
      }
    }
    assertThat(ScenarioLoader.load(Path.of("scenarios/reference.yaml"),
        List.of()).policies()).hasSize(7);
    try (var files = Files.list(Path.of("scenarios/fleet"))) {
      List<Path> fleet = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      assertThat(fleet).hasSize(8);
      for (Path file : fleet) {
        assertThat(ScenarioLoader.load(file, List.of()).variants()).as(file.toString()).isNotEmpty();
      }
    }
  }

  private static final String EVENTS = """
      seed: 9
      replications: 2
      warmup: 10s
      duration: 30s
      backends: {count: 4, workers: 2, service: {dist: exponential, mean: 5ms}}
      sessions:
        arrival: {dist: poisson, rate: 20/s}
        length: {dist: pareto, alpha: 1.5, mean: 10}
        think: {dist: exponential, mean: 500ms}
      policies: [sticky(inner=round-robin), ring-hash]
      events: [{at: 15s, kill: 1}, {at: 20s, add: 2}]
      report: {window: 2s, event-window: 10s}
      sweep:
        - key: state
          values: [{model: local}, {model: jwt, access-ttl: 2s}, {model: redis}]
          labels: [local, jwt, redis]
      """;

  @Test
  void outDirectory_getsJsonCsvMarkdownAndPlots_byteIdenticalWhateverTheThreads() throws IOException {
    Path file = dir.resolve("fleet.yaml");
    Files.writeString(file, EVENTS);
    assertThat(captured("run", file.toString(), "--out", dir.resolve("a").toString(), "--threads", "2")[0])
        .isEqualTo("0");
    assertThat(captured("run", file.toString(), "--out", dir.resolve("b").toString(), "--threads", "1")[0])
        .isEqualTo("0");
    List<String> names;
    try (var files = Files.list(dir.resolve("a"))) {
      names = files.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertThat(names).contains("fleet.json", "fleet.csv", "fleet.md", "fleet.txt", "fleet-latency-cdf.svg",
        "fleet-skew.svg", "fleet-convergence.svg", "fleet-revocation.svg",
        "fleet-load-sticky-inner-round-robin-state-local.svg");
    for (String name : names) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(name))).as(name)
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(name)));
    }
    String markdown = Files.readString(dir.resolve("a/fleet.md"));
    assertThat(markdown).contains("| sticky(inner=round-robin) @ state=local |").contains("sessions lost")
        .contains("converged after s").contains(" ± ");
    assertThat(Files.readString(dir.resolve("a/fleet-skew.svg"))).startsWith("<?xml").contains("<svg");
  }

  @Test
  void scenariosCommand_runsEveryFileOfTheDirectoryIntoOut() throws IOException {
    Path scenarios = Files.createDirectories(dir.resolve("set"));
    Files.writeString(scenarios.resolve("one.yaml"), SCENARIO);
    Files.writeString(scenarios.resolve("two.yaml"), EVENTS);
    String[] result = captured("scenarios", "--dir", scenarios.toString(), "--out", dir.resolve("out").toString(),
        "--replications", "1", "--no-plots", "--set", "duration=5s");
    assertThat(result[0]).as(result[2]).isEqualTo("0");
    assertThat(dir.resolve("out/one.json")).exists();
    assertThat(dir.resolve("out/two.md")).exists();
    assertThat(dir.resolve("out/two-skew.svg")).doesNotExist();
  }
}
