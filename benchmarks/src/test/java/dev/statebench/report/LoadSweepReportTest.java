package dev.statebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.cli.Statebench;
import dev.statebench.results.format.Numbers;
import dev.statebench.results.load.LoadSummary;
import dev.statebench.results.load.RateResult;
import dev.statebench.results.schema.ResultFormat;
import dev.statebench.results.schema.ResultSchemas;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a run folder holding real sweeps of {@code statebench load} (noop, jwt-hs256 and redis on an embedded
 * server, 100 requests/s for 2 s each): the summaries conform to {@code load-summary-2}, and the answer table, the
 * sentences under it and the load section show the figures the generator measured.
 */
class LoadSweepReportTest {
  private static final List<String> TARGETS = List.of("noop", "jwt-hs256", "redis");

  @TempDir static Path run;

  @BeforeAll
  static void sweep() {
    for (String target : TARGETS) {
      int status = Statebench.execute("load", "--target", target, "--rate", "100", "--duration", "2s",
          "--warmup", "0s", "--initial-warmup", "0s", "--max-lag", "1s", "--population", "200",
          "--out", run.resolve("load").resolve(target).toString());
      assertThat(status).as(target).isZero();
    }
  }

  private static JsonNode summaryTree(String target) throws Exception {
    return new ObjectMapper().readTree(run.resolve("load").resolve(target).resolve("summary.json").toFile());
  }

  @Test
  void generatorSummaries_conformToLoadSummary2() throws Exception {
    for (String target : TARGETS) {
      JsonNode tree = summaryTree(target);
      assertThat(tree.get("format_version").asInt()).as(target).isEqualTo(2);
      assertThat(ResultSchemas.violations(tree, ResultFormat.LOAD_SUMMARY_2)).as(target).isEmpty();
    }
  }

  @Test
  void resultFolder_bindsEachSweepWithItsTargetAndCpu() throws Exception {
    ResultFolder folder = ResultFolder.read(run);

    assertThat(folder.loads()).extracting(l -> l.summary().target()).containsExactly("jwt-hs256", "noop", "redis");
    LoadSummary redis = folder.loads().get(2).summary();
    RateResult rate = redis.rates().get(0);
    JsonNode written = summaryTree("redis").get("rates").get(0);
    assertThat(rate.requests()).isEqualTo(written.get("requests").asLong());
    assertThat(rate.cpuPerRequest().client()).isEqualTo(written.get("cpu_us_per_request").get("client").asDouble());
    assertThat(rate.cpuPerRequest().generator()).isNotNull();
    assertThat(redis.durability()).containsKey("redis");
  }

  @Test
  void answerTable_showsTheMeasuredCpuPerRequestOfTheRedisSweep() throws Exception {
    ResultFolder folder = ResultFolder.read(run);
    JsonNode rate = summaryTree("redis").get("rates").get(0);
    String verdict = rate.get("verdict").asText();

    String table = new AnswerTable(folder, List.of()).render();

    String redisRow = table.lines().filter(l -> l.startsWith("| Redis |")).findFirst().orElseThrow();
    if (verdict.equals("ok")) {
      // the figures the generator wrote: client and generator CPU, store CPU, per answered request
      JsonNode cpu = rate.get("cpu_us_per_request");
      double app = Math.max(0, cpu.get("client").asDouble() - cpu.get("generator").asDouble());
      assertThat(redisRow).contains("[app " + Numbers.format(app) + " + store "
          + Numbers.format(cpu.get("server").asDouble()) + " µs / ").contains("](#load) at "
          + Numbers.format(rate.get("rate_per_s").asDouble()) + " req/s");
    } else {
      // a rate the loaded machine did not keep up with gives no CPU figure
      assertThat(redisRow).contains(Cells.NOT_MEASURED);
    }
    // no load sweep of PostgreSQL in this folder
    assertThat(table.lines().filter(l -> l.startsWith("| PostgreSQL |")).findFirst().orElseThrow())
        .contains(Cells.NOT_MEASURED);
  }

  @Test
  void jwtRows_takeTheSweepOnlyForTheProviderTheGeneratorUses() throws Exception {
    ResultFolder folder = ResultFolder.read(run);
    JsonNode rate = summaryTree("jwt-hs256").get("rates").get(0);
    List<CostRow> costs = List.of(jwtRow("JDK"), jwtRow("BOUNCY_CASTLE"));

    String table = new AnswerTable(folder, costs).render();

    String jdk = table.lines().filter(l -> l.startsWith("| JWT HS256 (JDK) |")).findFirst().orElseThrow();
    String bc = table.lines().filter(l -> l.startsWith("| JWT HS256 (BOUNCY_CASTLE) |")).findFirst().orElseThrow();
    if (rate.get("verdict").asText().equals("ok")) {
      JsonNode cpu = rate.get("cpu_us_per_request");
      double app = Math.max(0, cpu.get("client").asDouble() - cpu.get("generator").asDouble());
      // no store behind a token: the cell is the application's CPU alone
      assertThat(jdk).contains("[app " + Numbers.format(app) + " µs / ").doesNotContain("store");
    } else {
      assertThat(jdk).contains(Cells.NOT_MEASURED);
    }
    assertThat(bc.split("\\|")[3]).contains(Cells.NOT_MEASURED);
  }

  @Test
  void jwtRowsOfSeveralJvms_areNamedByTheirJvm() throws Exception {
    ResultFolder folder = ResultFolder.read(run);
    List<CostRow> costs = List.of(jwtRow("JDK", "jdk17"), jwtRow("JDK", "jdk25"));

    String table = new AnswerTable(folder, costs).render();

    assertThat(table).contains("| JWT HS256 (JDK, jdk17) |").contains("| JWT HS256 (JDK, jdk25) |");
  }

  private static CostRow jwtRow(String provider) {
    return jwtRow(provider, null);
  }

  private static CostRow jwtRow(String provider, String jvm) {
    return new CostRow(CostTable.JWT, "alg=HS256, provider=" + provider,
        java.util.Map.of("alg", "HS256", "provider", provider, "path", "REUSED"), null, null, null, 0, "test", jvm);
  }

  @Test
  void sentencesAndSection_nameEveryTargetAtTheCommonRate() throws Exception {
    ResultFolder folder = ResultFolder.read(run);

    String sentences = AnswerSentences.render(folder, List.of());
    String section = LoadCostSection.render(run);

    assertThat(sentences).contains("load at 100 requests/s").contains("jwt-hs256 ").contains("redis ")
        .doesNotContain("noop ");
    assertThat(section).startsWith("At 100 requests/s offered (poisson arrivals")
        .contains("| redis | lettuce, one shared connection |")
        .contains("| jwt-hs256 | nimbus-jose-jwt, JDK provider |")
        .contains("- redis: `redis appendonly=no");
  }

  @Test
  void oneTargetSweptPerServerSetting_isNamedByItsFolderInTablesAndPlots(@TempDir Path durability) throws Exception {
    // the durability axis: the same write target swept once per server setting, each in its own folder
    for (String setting : List.of("redis-aof-no", "redis-aof-always")) {
      Path folder = Files.createDirectories(durability.resolve("load").resolve(setting));
      Files.copy(run.resolve("load").resolve("redis").resolve("summary.json"), folder.resolve("summary.json"));
    }

    String section = LoadCostSection.render(durability);
    List<Plot> plots = LoadCostSection.plots(durability);

    assertThat(section).contains("| redis-aof-no |").contains("| redis-aof-always |");
    assertThat(plots).isNotEmpty();
  }
}
