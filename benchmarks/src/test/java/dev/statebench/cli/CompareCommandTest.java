package dev.statebench.cli;

import static dev.statebench.compare.CompareGateFixtures.JWT;
import static dev.statebench.compare.CompareGateFixtures.REDIS;
import static dev.statebench.compare.CompareGateFixtures.throughputRun;
import static dev.statebench.compare.CompareGateFixtures.timeRun;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate end to end, through the {@code statebench compare} command line: exit status, table, errors. */
class CompareCommandTest {
  @TempDir
  Path dir;

  private String out;
  private String err;

  private int compare(Object... args) {
    List<String> all = new ArrayList<>(List.of("compare"));
    for (Object arg : args) {
      all.add(arg.toString());
    }
    PrintStream stdout = System.out;
    PrintStream stderr = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      return Statebench.execute(all.toArray(String[]::new));
    } finally {
      System.setOut(stdout);
      System.setErr(stderr);
      out = outBytes.toString(StandardCharsets.UTF_8);
      err = errBytes.toString(StandardCharsets.UTF_8);
    }
  }

  private Path base() {
    return dir.resolve("base");
  }

  private Path candidate() {
    return dir.resolve("new");
  }

  @Test
  void clearRegression_exitsOneAndSaysRegression() throws Exception {
    timeRun(base(), JWT, 100, 1, Double.NaN);
    timeRun(candidate(), JWT, 120, 1, Double.NaN);

    assertThat(compare(base(), candidate())).isEqualTo(1);
    assertThat(out).startsWith("## statebench comparison: REGRESSION")
        .contains("| JwtVerifyBenchmark.verify | alg=ES256, path=reused | avgt | 100 ± 2.04 us/op | 120 ± 2.04 us/op "
            + "| 1.200 (20.0% worse) | CIs disjoint (2+2 forks: CI only) | **regression** |");
    assertThat(err).isEmpty();
  }

  @Test
  void noiseOnly_exitsZero() throws Exception {
    timeRun(base(), JWT, 100, 1, Double.NaN);
    timeRun(candidate(), JWT, 103, 5, Double.NaN);

    assertThat(compare(base(), candidate())).isEqualTo(0);
    assertThat(out).startsWith("## statebench comparison: no regression").contains("| no change |");
  }

  @Test
  void largeButNoisyChange_exitsZeroAsInconclusive() throws Exception {
    timeRun(base(), JWT, 100, 1, Double.NaN);
    timeRun(candidate(), JWT, 130, 30, Double.NaN);

    assertThat(compare(base(), candidate())).isEqualTo(0);
    assertThat(out).contains("CIs overlap").contains("| inconclusive |");
  }

  @Test
  void improvement_exitsZeroAndIsReported() throws Exception {
    timeRun(base(), JWT, 100, 1, Double.NaN);
    timeRun(candidate(), JWT, 70, 1, Double.NaN);

    assertThat(compare(base(), candidate())).isEqualTo(0);
    assertThat(out).contains("30.0% better").contains("*improvement*").contains("1 improvement(s)");
  }

  @Test
  void throughputDrop_isRegressionAndThroughputRise_isImprovement() throws Exception {
    throughputRun(base(), 100);
    throughputRun(candidate(), 80);
    throughputRun(dir.resolve("faster"), 125);

    assertThat(compare(base(), candidate())).isEqualTo(1);
    assertThat(out).contains("| RedisLookupBenchmark.get |  | thrpt |").contains("0.800 (20.0% worse)");
    assertThat(compare(base(), dir.resolve("faster"))).isEqualTo(0);
    assertThat(out).contains("1.250 (25.0% better)").contains("*improvement*");
  }

  @Test
  void allocationGrowth_isRegressionEvenWhenTimeIsUnchanged() throws Exception {
    timeRun(base(), JWT, 100, 1, 1000);
    timeRun(candidate(), JWT, 100, 1, 1100);

    assertThat(compare(base(), candidate())).isEqualTo(1);
    assertThat(out).contains("### Allocation per operation")
        .contains("| 1000 B/op | 1100 B/op | +100.0 B | **regression** |")
        .contains("| no change |");
  }

  @Test
  void perPatternThreshold_widensTheGateForMatchingBenchmarks() throws Exception {
    timeRun(base(), JWT, 100, 1, Double.NaN);
    timeRun(candidate(), JWT, 120, 1, Double.NaN);

    assertThat(compare(base(), candidate(), "--threshold-for", "Redis=5%", "--threshold-for", "JwtVerify.*ES256=25%"))
        .isEqualTo(0);
    assertThat(out).contains("| no change (threshold 25%) |");
    assertThat(compare(base(), candidate(), "--threshold", "30%")).isEqualTo(0);
  }

  @Test
  void changedSimulatorNumber_failsUnlessAllowed() throws Exception {
    timeRun(base(), JWT, 100, 1, Double.NaN);
    timeRun(candidate(), JWT, 100, 1, Double.NaN);
    Files.createDirectories(base().resolve("sim"));
    Files.createDirectories(candidate().resolve("sim"));
    Files.writeString(base().resolve("sim/p2c.json"), "{\"policy\":\"p2c\",\"p99\":3.1,\"lost\":0}");
    Files.writeString(candidate().resolve("sim/p2c.json"), "{\"policy\":\"p2c\",\"p99\":3.2,\"lost\":0}");

    assertThat(compare(base(), candidate())).isEqualTo(1);
    assertThat(out).contains("`sim/p2c.json`: 1 number(s) changed").contains("`$.p99`: 3.1 → 3.2");
    assertThat(compare(base(), candidate(), "--allow-sim-changes")).isEqualTo(0);
    assertThat(out).contains("`$.p99`: 3.1 → 3.2");
  }

  @Test
  void identicalSimulatorTables_pass() throws Exception {
    timeRun(base(), JWT, 100, 1, Double.NaN);
    timeRun(candidate(), JWT, 100, 1, Double.NaN);
    for (Path run : List.of(base(), candidate())) {
      Files.createDirectories(run.resolve("sim/fleet"));
      Files.writeString(run.resolve("sim/fleet/ring-hash.json"), "{\"p99\":[1.5,2.25],\"skew\":1.07}");
    }

    assertThat(compare(base(), candidate())).isEqualTo(0);
    assertThat(out).contains("All 1 table(s) in both runs are identical.");
  }

  @Test
  void mismatchedUnits_exitTwoWithOneLine() throws Exception {
    timeRun(base(), JWT, 100, 1, Double.NaN);
    Files.writeString(Files.createDirectories(candidate()).resolve("jmh.json"),
        Files.readString(base().resolve("jmh.json")).replace("us/op", "ns/op"));

    assertThat(compare(base(), candidate())).isEqualTo(2);
    assertThat(err.strip()).doesNotContain("\n").contains("us/op in the baseline but in ns/op");
    assertThat(out).isEmpty();
  }

  @Test
  void missingParams_leaveNoBenchmarkInCommon_exitTwo() throws Exception {
    timeRun(base(), JWT, 100, 1, Double.NaN);
    String withoutParams = Files.readString(base().resolve("jmh.json"))
        .replaceAll("\"params\"\\s*:\\s*\\{[^}]*},", "");
    Files.writeString(Files.createDirectories(candidate()).resolve("jmh.json"), withoutParams);

    assertThat(withoutParams).doesNotContain("params");
    assertThat(compare(base(), candidate())).isEqualTo(2);
    assertThat(err.strip()).doesNotContain("\n").contains("no benchmark in common");
  }

  @Test
  void unusableInput_exitsTwo() throws Exception {
    timeRun(base(), JWT, 100, 1, Double.NaN);
    Files.writeString(Files.createDirectories(candidate()).resolve("jmh.json"), "[{\"benchmark\":");

    assertThat(compare(base(), candidate())).isEqualTo(2);
    assertThat(err).contains("is not valid JSON");
    assertThat(compare(base(), dir.resolve("nowhere"))).isEqualTo(2);
    assertThat(err).contains("does not exist");
    assertThat(compare(base(), candidate(), "--threshold", "ten")).isEqualTo(2);
    assertThat(err).contains("'ten' is not a percentage");
  }

  @Test
  void benchmarksInOneRunOnly_areListedNotCompared() throws Exception {
    timeRun(base(), JWT, 100, 1, Double.NaN);
    Path candidateFile = timeRun(candidate(), JWT, 100, 1, Double.NaN).resolve("jmh.json");
    JsonNode entries = new ObjectMapper().readTree(candidateFile.toFile());
    ObjectNode extra = entries.get(0).deepCopy();
    extra.put("benchmark", REDIS);
    ((ArrayNode) entries).add(extra);
    new ObjectMapper().writeValue(candidateFile.toFile(), entries);

    assertThat(compare(base().resolve("jmh.json"), candidateFile)).isEqualTo(0);
    assertThat(out).contains("### Only in the new run (not compared)").contains("RedisLookupBenchmark.get (alg=ES256");
  }

  @Test
  void jsonFormat_carriesVerdictsAndStatistics() throws Exception {
    timeRun(base(), JWT, 100, 1, Double.NaN);
    timeRun(candidate(), JWT, 120, 1, Double.NaN);

    assertThat(compare(base(), candidate(), "--format", "json")).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(out);
    assertThat(report.get("regression").asBoolean()).isTrue();
    JsonNode benchmark = report.get("benchmarks").get(0);
    assertThat(benchmark.get("benchmark").asText()).isEqualTo(JWT);
    assertThat(benchmark.get("params").get("alg").asText()).isEqualTo("ES256");
    assertThat(benchmark.get("ratio").asDouble()).isEqualTo(1.2);
    assertThat(benchmark.get("evidence").get("basis").asText()).isEqualTo("INTERVALS_ONLY_FEW_FORKS");
    assertThat(benchmark.get("verdict").asText()).isEqualTo("regression");
  }

  @Test
  void exporters_writeTheNewRunForOtherTools() throws Exception {
    timeRun(base(), JWT, 100, 1, Double.NaN);
    timeRun(candidate(), JWT, 100, 1, 512);
    Path github = dir.resolve("export/github.json");
    Path bencher = dir.resolve("export/bencher.json");

    assertThat(compare(base(), candidate(), "--export-github-action", github, "--export-bencher", bencher))
        .isEqualTo(0);
    JsonNode githubEntries = new ObjectMapper().readTree(github.toFile());
    assertThat(githubEntries.get(0).get("name").asText())
        .isEqualTo("JwtVerifyBenchmark.verify (alg=ES256, path=reused) avgt");
    assertThat(githubEntries.get(1).get("unit").asText()).isEqualTo("B/op");
    JsonNode latency = new ObjectMapper().readTree(bencher.toFile())
        .get("JwtVerifyBenchmark.verify (alg=ES256, path=reused) avgt").get("latency");
    assertThat(latency.get("value").asDouble()).isEqualTo(100_000.0);
    try (var files = Files.list(dir.resolve("export"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("github.json", "bencher.json");
    }
  }
}
