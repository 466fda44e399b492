package dev.statebench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statebench.headers.HeaderLimits;
import dev.statebench.headers.HeaderMeasurements;
import dev.statebench.headers.HeaderReport;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.KeyFixtures;
import dev.statebench.results.ResultsFormatException;
import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import dev.statebench.session.SampleSessions;
import dev.statebench.session.SessionId;
import dev.statebench.session.SessionStore;
import dev.statebench.session.SessionStoreType;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.HdrHistogram.HistogramLogWriter;
import org.HdrHistogram.Recorder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report built from a results folder of small real pieces: a jmh.json from a real smoke run (three entries), the
 * header tables written by the real header code, lb-sim JSON (the golden files) and a latency log of real lookups
 * against an embedded Redis. And the same report from an empty folder, where every section says it was not run.
 */
class ReportTest {
  /**
   * Anything that would make a browser fetch: a URL in src/href, a CSS url() that is not a fragment of the page
   * (SVG clip paths use {@code url(#id)}), a link or script element, an import.
   */
  private static final Pattern EXTERNAL = Pattern.compile(
      "(?i)(src|href)\\s*=\\s*[\"']?\\s*(https?:|//)|url\\(\\s*['\"]?(?!#)|<link|<script|@import");

  @TempDir static Path run;
  static String markdown;
  static String html;

  @BeforeAll
  static void buildReport() throws Exception {
    copyResource("/dev/statebench/report/jmh.json", run.resolve("jmh.json"));
    copyResource("/dev/statebench/report/jmh-jdk17.json", run.resolve("jmh-jdk17.json"));
    new HeaderReport(HeaderMeasurements.measure(KeyFixtures.standard(), List.of(JwtAlgorithm.HS256,
        JwtAlgorithm.ES256, JwtAlgorithm.RS256)), HeaderLimits.defaults()).writeTo(
        Files.createDirectories(run.resolve("tables")));
    for (String sim : List.of("mm1-random", "reference", "2-instance-kill")) {
      copyResource("/golden/sim/" + sim + ".json", run.resolve("sim").resolve(sim + ".json"));
    }
    recordRedisLookups(run.resolve("redis-lookup.hlog"));

    Report.write(run);
    markdown = Files.readString(run.resolve(Report.MARKDOWN_FILE));
    html = Files.readString(run.resolve(Report.HTML_FILE));
  }

  private static void copyResource(String resource, Path target) throws IOException, URISyntaxException {
    Files.createDirectories(target.getParent());
    Files.copy(Path.of(ReportTest.class.getResource(resource).toURI()), target);
  }

  /** 4 intervals of 250 lookups each (half hits) against a real embedded Redis, as an open-loop run would log. */
  private static void recordRedisLookups(Path hlog) throws IOException {
    try (Servers servers = Servers.open(ServerConfig.embedded());
        SessionStore store = SessionStoreType.REDIS.open(servers);
        PrintStream out = new PrintStream(Files.newOutputStream(hlog), true, StandardCharsets.UTF_8)) {
      store.populate(7, 100, index -> SampleSessions.forIndex(index, 64), Duration.ofMinutes(5));
      HistogramLogWriter writer = new HistogramLogWriter(out);
      writer.outputLogFormatVersion();
      Recorder recorder = new Recorder(3);
      for (int interval = 0; interval < 4; interval++) {
        for (int i = 0; i < 250; i++) {
          SessionId id = i % 2 == 0 ? SessionId.deterministic(7, i % 100) : SessionId.random();
          long start = System.nanoTime();
          store.lookup(id);
          recorder.recordValue(System.nanoTime() - start);
        }
        writer.outputIntervalHistogram(recorder.getIntervalHistogram());
      }
    }
  }

  @Test
  void report_hasEverySectionInOrder() {
    int previous = -1;
    for (String section : ReportMarkdown.SECTIONS) {
      int at = markdown.indexOf("\n" + section + "\n");
      assertThat(at).as(section).isGreaterThan(previous);
      previous = at;
    }
  }

  @Test
  void costTable_putsJwtVerificationBesideTheRedisLookupLog() {
    // the cost table, before the section's sub-sections (providers, parse cost, precision)
    String cost = section(ReportMarkdown.COST).split("\n### ")[0];
    assertThat(cost).contains("| JWT (verify in-process) | JwtVerifyBenchmark.verify (alg=ES256, path=REUSED")
        .contains("| Redis lookup | redis-lookup |").contains("latency log: n = 4 intervals, 1000 requests")
        .contains("mean µs ± 95% CI").doesNotContain("99.9% CI").doesNotContain("JwtSignBenchmark");
  }

  @Test
  void answer_comesFirstWithOneRowPerStrategyAndSaysWhatThisRunDidNotMeasure() {
    String answer = section(ReportMarkdown.ANSWER);
    assertThat(markdown.indexOf(ReportMarkdown.ANSWER)).isLessThan(markdown.indexOf(ReportMarkdown.COST));
    assertThat(answer).contains("| JWT ES256 (JDK) |", "| Redis |", "| PostgreSQL |",
        "| hybrid (HS256 JWT + Redis denylist) |", "| sticky + in-instance sessions |");
    // no load sweep in this folder: CPU per request is said to be missing, never filled in
    assertThat(answer).contains("not measured in this run");
    // 2-instance-kill: sessions kept in the instance are lost, as a share of the live sessions
    assertThat(answer).containsPattern("\\| sticky \\+ in-instance sessions \\|[^\n]*\\[[0-9.]+% ± [0-9.]+% /");
  }

  @Test
  void headerSection_showsMeasuredSizesAndTheLimitsTheFattestTokensBreak() {
    String headers = section(ReportMarkdown.HEADERS);
    assertThat(headers).containsPattern("\\| typical ES256 \\| \\d+ \\|").contains("BEARER_JWT GROUPS_200")
        .contains("nginx");
  }

  @Test
  void fleetSection_listsEveryPolicyOfEverySimulationWithTheStatisticsConvention() {
    String fleet = section(ReportMarkdown.FLEET);
    assertThat(fleet).contains("**mm1-random**", "**reference**", "| random |", "| sticky(inner=round-robin) |",
        "| maglev |", "n = ", "95% confidence", FleetTables.SKEW_DEFINITION);
  }

  @Test
  void claimsTable_givesEveryClaimAVerdictAndNeverCitesAFileOutsideTheRepository() {
    String claims = section(ReportMarkdown.CLAIMS);
    assertThat(claims).contains("Verdict rule:").contains("\"Fetching from Redis adds 1–5ms per call")
        .contains("Stateless Services (Concept · Scaling)").contains("not measured yet")
        .contains("What the network adds").contains("https://redis.io/docs/");
    assertThat(markdown).doesNotContain("shared/seeds").doesNotContain("REFERENCE.md").doesNotContain(".txt`");
    // the kill scenario is present: the failover claim is decided from it
    assertThat(claims).containsPattern("Broken failover[^\n]*of [0-9,]+ live sessions[^\n]*\\| supported \\|");
    // scenarios this folder lacks leave their claims unmeasured, never filled from another scenario
    assertThat(claims).containsPattern("Autoscaling defeated[^\n]*\\| not measured yet \\|");
  }

  @Test
  void fleetSection_namesTheSweepVariantBesideThePolicy() {
    assertThat(section(ReportMarkdown.FLEET)).contains("sticky(inner=round-robin) · local + sticky",
        "sticky(inner=round-robin) · redis + sticky");
  }

  @Test
  void plots_areSvgFilesEachWithACaption() throws IOException {
    for (String plot : List.of("verify-cost", "lookup-latency", "header-bytes", "sim-reference")) {
      Path file = run.resolve("plots").resolve(plot + ".svg");
      String svg = Files.readString(file).strip();
      assertThat(svg).as(plot).startsWith("<?xml").contains("<svg").endsWith("</svg>");
      assertThat(section(ReportMarkdown.PLOTS)).contains("](plots/" + plot + ".svg)");
    }
  }

  @Test
  void html_isSelfContainedWithThePlotsInline() {
    assertThat(EXTERNAL.matcher(html).find()).as("external reference in report.html").isFalse();
    assertThat(html).doesNotContain("<img").contains("<style>").contains("<table>");
    // every image of report.md is inlined as an SVG element
    int images = markdown.split("!\\[", -1).length - 1;
    assertThat(images).isGreaterThanOrEqualTo(5);
    assertThat(html.split("<svg", -1)).hasSize(1 + images);
  }

  @Test
  void emptyFolder_rendersEverySectionAsNotRun(@TempDir Path empty) throws IOException {
    Report.write(empty);

    String report = Files.readString(empty.resolve(Report.MARKDOWN_FILE));
    assertThat(report).contains(ReportMarkdown.SECTIONS.toArray(String[]::new));
    assertThat(report.split("Not run in this profile", -1).length - 1).isGreaterThanOrEqualTo(4);
    assertThat(report).contains("not measured in this run").contains("not measured yet");
    assertThat(empty.resolve(Report.HTML_FILE)).exists();
  }

  @Test
  void simulatorFileNotMatchingItsFormat_stopsTheReportNamingTheFile(@TempDir Path folder) throws IOException {
    Files.createDirectories(folder.resolve("sim"));
    Files.writeString(folder.resolve("sim/future.json"), "{\"policies\": [{\"policy\": \"sticky\", \"metrics\": "
        + "{\"fleet\": {\"sessions_lost\": {\"mean\": 120.0, \"ci95\": 4.0, \"n\": 5}}}}]}");

    assertThatThrownBy(() -> Report.write(folder)).isInstanceOf(ResultsFormatException.class)
        .hasMessageContaining("future.json").hasMessageContaining("format_version 1");
    assertThat(folder.resolve(Report.MARKDOWN_FILE)).doesNotExist();
  }

  private static String section(String heading) {
    int start = markdown.indexOf("\n" + heading + "\n");
    int end = markdown.indexOf("\n## ", start + heading.length() + 1);
    return markdown.substring(start, end < 0 ? markdown.length() : end);
  }

  @Test
  void costSection_endsWithProvidersParseCostAndPrecision() {
    String cost = section(ReportMarkdown.COST);
    int providers = cost.indexOf(ProviderSection.TITLE);
    int parse = cost.indexOf(ParseCostSection.TITLE);
    int precision = cost.indexOf(PrecisionSection.TITLE);
    assertThat(providers).isPositive();
    assertThat(parse).isGreaterThan(providers);
    assertThat(precision).isGreaterThan(parse);
    // the fixture has neither other providers nor parse rows; its three JWT rows have one fork of two iterations
    assertThat(cost.substring(providers, precision)).contains("not measured in this run");
    assertThat(cost.substring(precision)).contains("rows miss it");
  }
}
