package dev.statebench.results.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.results.ResultsFormatException;
import dev.statebench.results.schema.ResultFormat;
import dev.statebench.results.schema.ResultSchemas;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Format 2 of {@code summary.json}, on summaries the load generator wrote (1000 requests/s for 4 s; the fixtures keep
 * the first three trace samples of each rate).
 */
class LoadSummaryReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private Path fixture(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = LoadSummaryReaderTest.class.getResourceAsStream("/load/" + name)) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void generatorSummaries_conformToTheSchema() throws IOException {
    for (String name : new String[] {"redis-summary.json", "jwt-hs256-summary.json", "postgres-sliding-summary.json"}) {
      JsonNode tree = JSON.readTree(fixture(name).toFile());
      assertThat(ResultSchemas.violations(tree, ResultFormat.LOAD_SUMMARY_2)).as(name).isEmpty();
    }
  }

  @Test
  void redisSummary_bindsEveryFigureTheReportUses() throws IOException {
    LoadSummary summary = new LoadSummaryReader().read(fixture("redis-summary.json"));

    assertThat(summary.target()).isEqualTo("redis");
    assertThat(summary.client()).isEqualTo("lettuce, one shared connection");
    assertThat(summary.arrivals()).isEqualTo("poisson");
    assertThat(summary.durability()).containsOnlyKeys("redis");
    assertThat(summary.durability().get("redis")).containsEntry("appendonly", "no").containsEntry("save", "");
    assertThat(summary.storeBytesPerSession()).isEqualTo(1249.8);
    RateResult rate = summary.rates().get(0);
    assertThat(rate.ratePerSecond()).isEqualTo(1000.0);
    assertThat(rate.attempt()).isEqualTo(1);
    assertThat(rate.requests()).isEqualTo(3975);
    assertThat(rate.verdict()).isEqualTo(LoadVerdict.OK);
    assertThat(rate.latency().p50()).isEqualTo(188.159);
    assertThat(rate.latency().p999()).isEqualTo(6983.679);
    assertThat(rate.cpuPerRequest()).isEqualTo(new CpuPerRequest(108.696, 59.857, 28.499,
        "/proc schedstat of redis-server (pid 15616) and its child processes", 35.653));
    assertThat(rate.cpuPerRequest().app()).hasValueSatisfying(app -> assertThat(app).isCloseTo(73.043,
        org.assertj.core.data.Offset.offset(1e-9)));
    assertThat(rate.coresPer100k()).isEqualTo(new CoresPer100k(10.87, 7.304, 2.85));
    assertThat(rate.generatorFloor().p99()).isEqualTo(229.887);
    assertThat(rate.flagged()).isTrue();
    assertThat(rate.trace()).hasSize(3).first().isEqualTo(new TraceSample(0.4, 0, 170.367, 1449.983));
  }

  @Test
  void tokenSummary_hasNoStoreFieldsAndNoServerCpu() throws IOException {
    LoadSummary summary = new LoadSummaryReader().read(fixture("jwt-hs256-summary.json"));

    assertThat(summary.population()).isNull();
    assertThat(summary.durability()).isEmpty();
    assertThat(summary.rates().get(0).cpuPerRequest().server()).isNull();
    assertThat(summary.rates().get(0).verdict()).isEqualTo(LoadVerdict.SCHEDULE_NOT_KEPT);
  }

  @Test
  void record_roundTripsThroughJacksonAndStillConforms() throws IOException {
    LoadSummary read = new LoadSummaryReader().read(fixture("redis-summary.json"));
    Path written = dir.resolve("again.json");
    JSON.writeValue(written.toFile(), read);

    assertThat(ResultSchemas.violations(JSON.readTree(written.toFile()), ResultFormat.LOAD_SUMMARY_2)).isEmpty();
    assertThat(new LoadSummaryReader().read(written)).isEqualTo(read);
  }

  @Test
  void unknownVerdict_isRejectedNamingTheField() throws IOException {
    Path file = fixture("redis-summary.json");
    Files.writeString(file, Files.readString(file).replace("\"verdict\": \"ok\"", "\"verdict\": \"fine\""));

    assertThatThrownBy(() -> new LoadSummaryReader().read(file))
        .isInstanceOf(ResultsFormatException.class).hasMessageContaining("/rates/0/verdict");
  }

  @Test
  void summaryWithoutFormatVersion_isRejectedInOneLine() throws IOException {
    Path file = fixture("redis-summary.json");
    Files.writeString(file, Files.readString(file).replace("\"format_version\": 2,", ""));

    assertThatThrownBy(() -> new LoadSummaryReader().read(file))
        .isInstanceOf(ResultsFormatException.class).hasMessageContaining("no format_version")
        .hasMessageNotContaining("\n");
  }

  @Test
  void fieldTheFormatDoesNotDefine_isRejected() throws IOException {
    Path file = fixture("redis-summary.json");
    Files.writeString(file, Files.readString(file).replace("\"attempt\": 1,", "\"attempt\": 1, \"p50_us\": 3,"));

    assertThatThrownBy(() -> new LoadSummaryReader().read(file))
        .isInstanceOf(ResultsFormatException.class).hasMessageContaining("/rates/0");
  }
}
