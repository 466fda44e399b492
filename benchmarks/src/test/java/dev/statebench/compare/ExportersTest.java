package dev.statebench.compare;

import static dev.statebench.compare.JmhJsonFixture.forks;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exporters' JSON, written and parsed back, field by field. */
class ExportersTest {
  private static final String TIME_NAME = "JwtVerifyBenchmark.verify (alg=ES256, path=reused) avgt @jdk17";
  private static final String THROUGHPUT_NAME = "RedisLookupBenchmark.get thrpt @jdk25";

  @TempDir
  Path dir;

  private ResultSet run;
  private Metric time;
  private Metric throughput;

  @BeforeEach
  void writeRun() throws Exception {
    new JmhJsonFixture()
        .add(CompareGateFixtures.JWT, "avgt", CompareGateFixtures.ES256, "us/op", forks(2, 4, 73, 1), 1024)
        .writeTo(dir, "jmh-jdk17.json");
    new JmhJsonFixture()
        .add(CompareGateFixtures.REDIS, "thrpt", Map.of(), "ops/ms", forks(2, 4, 25, 1))
        .writeTo(dir, "jmh-jdk25.json");
    run = new JmhResultReader().read(dir);
    List<BenchmarkResult> results = List.copyOf(run.benchmarks().values());
    time = results.get(0).primary();
    throughput = results.get(1).primary();
  }

  /** Serialises and parses back, as the tools will. */
  private static JsonNode roundTrip(JsonNode document) throws Exception {
    ObjectMapper json = new ObjectMapper();
    return json.readTree(json.writeValueAsString(document));
  }

  @Test
  void githubActionBenchmark_isAnArrayOfNameUnitValueRangeExtra() throws Exception {
    JsonNode entries = roundTrip(new GithubActionBenchmarkExporter().export(run));

    assertThat(entries.isArray()).isTrue();
    assertThat(entries).hasSize(3);
    for (JsonNode entry : entries) {
      assertThat(entry.fieldNames()).toIterable().containsExactly("name", "unit", "value", "range", "extra");
      assertThat(entry.get("value").isNumber()).isTrue();
      assertThat(entry.get("range").asText()).startsWith("± ");
    }
    JsonNode timeEntry = entries.get(0);
    assertThat(timeEntry.get("name").asText()).isEqualTo(TIME_NAME);
    assertThat(timeEntry.get("unit").asText()).isEqualTo("us/op");
    assertThat(timeEntry.get("value").asDouble()).isEqualTo(73.0);
    assertThat(timeEntry.get("range").asText()).isEqualTo("± " + ScoreFormat.error(time.error()));
    JsonNode allocEntry = entries.get(1);
    assertThat(allocEntry.get("name").asText()).isEqualTo(TIME_NAME + " alloc");
    assertThat(allocEntry.get("unit").asText()).isEqualTo("B/op");
    assertThat(allocEntry.get("value").asDouble()).isEqualTo(1024.0);
  }

  @Test
  void githubActionBenchmark_exportsThroughputAsTimePerOperation() throws Exception {
    JsonNode entry = roundTrip(new GithubActionBenchmarkExporter().export(run)).get(2);

    // 25 ops/ms is 0.04 ms/op; the range is half the width of [1/upper, 1/lower].
    assertThat(entry.get("name").asText()).isEqualTo(THROUGHPUT_NAME);
    assertThat(entry.get("unit").asText()).isEqualTo("ms/op");
    assertThat(entry.get("value").asDouble()).isCloseTo(0.04, within(1e-15));
    double halfWidth = (1 / throughput.lower() - 1 / throughput.upper()) / 2;
    assertThat(entry.get("range").asText()).isEqualTo("± " + ScoreFormat.error(halfWidth));
    assertThat(entry.get("extra").asText()).contains("25 ± ").contains("ops/ms");
  }

  @Test
  void bencher_usesBuiltInMeasuresInTheirUnitsWithIntervalBounds() throws Exception {
    JsonNode bmf = roundTrip(new BencherExporter().export(run));

    assertThat(bmf.fieldNames()).toIterable().containsExactly(TIME_NAME, THROUGHPUT_NAME);
    JsonNode latency = bmf.get(TIME_NAME).get("latency");
    assertThat(latency.fieldNames()).toIterable().containsExactly("value", "lower_value", "upper_value");
    // 73 us/op = 73 000 ns; bounds scaled the same way.
    assertThat(latency.get("value").asDouble()).isCloseTo(73_000, within(1e-6));
    assertThat(latency.get("lower_value").asDouble()).isCloseTo(time.lower() * 1_000, within(1e-6));
    assertThat(latency.get("upper_value").asDouble()).isCloseTo(time.upper() * 1_000, within(1e-6));
    assertThat(bmf.get(TIME_NAME).get("alloc-bytes-per-op").get("value").asDouble()).isEqualTo(1024.0);
    // 25 ops/ms = 25 000 ops/s.
    JsonNode ops = bmf.get(THROUGHPUT_NAME).get("throughput");
    assertThat(ops.get("value").asDouble()).isCloseTo(25_000, within(1e-6));
    assertThat(ops.get("lower_value").asDouble()).isLessThan(25_000);
    assertThat(ops.get("upper_value").asDouble()).isGreaterThan(25_000);
  }

  @Test
  void missingInterval_leavesOutRangeAndBounds() throws Exception {
    Path single = dir.resolve("single");
    new JmhJsonFixture().add("a.B.c", "avgt", Map.of(), "ns/op", new double[][] {{9.0}}).writeTo(single);
    ResultSet one = new JmhResultReader().read(single);

    assertThat(roundTrip(new GithubActionBenchmarkExporter().export(one)).get(0).has("range")).isFalse();
    JsonNode latency = roundTrip(new BencherExporter().export(one)).get("B.c avgt").get("latency");
    assertThat(latency.fieldNames()).toIterable().containsExactly("value");
  }
}
