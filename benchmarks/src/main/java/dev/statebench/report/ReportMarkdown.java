package dev.statebench.report;

import dev.statebench.results.format.Numbers;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Renders {@code report.md}: the architect's answer in one page. Sections, in order: the answer (one table per
 * strategy and a few generated sentences), per-request cost (JWT vs Redis vs SQL, then throughput under concurrency),
 * token and header sizes with the limits they break, the fleet-level comparison with the instances each state model
 * needs, cost under load, beyond one machine (cluster, replica, outages), the claims checked, the plots, the
 * environment and how to reproduce. A section whose results the run does not hold says so. Every ± follows one
 * convention, stated once at the top.
 */
final class ReportMarkdown {
  static final String ANSWER = "## The answer";
  static final String COST = "## Per-request cost: JWT vs Redis vs SQL";
  static final String HEADERS = "## Token and header sizes, and the limits they break";
  static final String FLEET = "## Fleet-level comparison";
  static final String LOAD = "## Cost under load";
  static final String CLAIMS = "## Claims checked";
  static final String PLOTS = "## Plots";
  static final String ENVIRONMENT = "## Environment";
  static final String REPRODUCE = "## How to reproduce";
  static final List<String> SECTIONS = List.of(ANSWER, COST, HEADERS, FLEET, FleetLabSection.TITLE, LOAD,
      BeyondOneMachineSection.TITLE, CLAIMS, PLOTS, ENVIRONMENT, REPRODUCE);
  static final String STATISTICS = "Every ± is the half-width of a 95% confidence interval (Student t) over n "
      + "independent samples — JMH measurement iterations, latency-log intervals or simulator replications — with n "
      + "given per row or per table. Times are per request, one request at a time, unless a table says otherwise.";
  private static final String NOT_RUN = "_Not run in this profile._";
  private static final List<String> SIZE_ALGORITHMS = List.of("HS256", "ES256", "EDDSA", "RS256");

  private ReportMarkdown() {}

  static String render(ResultFolder folder, List<Plot> plots) throws java.io.IOException {
    String profile = folder.env().map(env -> env.profile())
        .or(() -> folder.job().map(job -> job.path("profile").asText(""))).orElse("");
    StringBuilder md = new StringBuilder("# statebench report").append(profile.isEmpty() ? "" : " (" + profile
        + " profile)").append("\n\n");
    md.append("What it costs to keep session state in a JWT, in Redis, in PostgreSQL, or in the instance behind "
        + "sticky routing, measured on real crypto and real servers. Absolute times depend on the machine; compare "
        + "ratios within this run. " + STATISTICS + "\n\n");
    List<CostRow> costs = CostTable.rows(folder);
    md.append(anchor("the-answer")).append(ANSWER).append("\n\n").append(new AnswerTable(folder, costs).render())
        .append('\n').append(AnswerSentences.render(folder, costs)).append('\n');
    md.append(anchor("per-request-cost")).append(COST).append("\n\n").append(cost(costs)).append('\n')
        .append(throughput(folder)).append(ProviderSection.render(folder)).append(ParseCostSection.render(folder))
        .append(PrecisionSection.render(folder));
    md.append(anchor("token-and-header-sizes")).append(HEADERS).append("\n\n").append(folder.headerTables()
        .map(HeaderTables::new).map(ReportMarkdown::headers).orElse(NOT_RUN + "\n")).append('\n');
    md.append(anchor("fleet-level-comparison")).append(FLEET).append("\n\n").append(fleet(folder)).append('\n');
    md.append(anchor("fleet-lab")).append(FleetLabSection.TITLE).append("\n\n")
        .append(FleetLabSection.render(folder.dir())).append('\n');
    md.append(anchor("load")).append(LOAD).append("\n\n").append(LoadCostSection.render(folder.dir())).append('\n');
    md.append(anchor("beyond-one-machine")).append(BeyondOneMachineSection.TITLE).append("\n\n")
        .append(BeyondOneMachineSection.render(folder)).append('\n');
    md.append(anchor("claims-checked")).append(CLAIMS).append("\n\n").append(ClaimsSection.render(folder, costs))
        .append('\n');
    md.append(PLOTS).append("\n\n").append(plots(folder, plots)).append('\n');
    md.append(ENVIRONMENT).append("\n\n").append(folder.env().map(EnvSummary::render).orElse(NOT_RUN + " (no "
        + "env.json)\n")).append('\n');
    md.append(ShardsSection.render(folder.dir()));
    md.append(REPRODUCE).append("\n\n").append(reproduce(profile));
    return md.toString();
  }

  /** An HTML anchor before a heading, so the answer table's cells can link to the section. */
  private static String anchor(String id) {
    return "<a id=\"" + id + "\"></a>\n\n";
  }

  private static String cost(List<CostRow> rows) {
    if (rows.isEmpty()) {
      return NOT_RUN + "\n";
    }
    MarkdownTable table = new MarkdownTable("state in", "what was timed", "mean µs ± 95% CI", "p50 µs ± 95% CI",
        "p99 µs ± 95% CI", "B allocated", "source and n");
    for (CostRow row : rows) {
      table.row(row.mechanism(), row.configuration(), Cells.of(row.mean()), Cells.of(row.p50()), Cells.of(row.p99()),
          Numbers.format(row.allocatedBytes()), row.source());
    }
    boolean stores = rows.stream().anyMatch(r -> !r.mechanism().equals(CostTable.JWT));
    return table.render() + "\nJWT rows: a typical 10-claim token; REUSED keeps one verifier (every provider "
        + "measured), PROCESSOR goes through nimbus's `DefaultJWTProcessor` (all algorithms and token sizes are in "
        + "`jmh.json`). The mean's interval is over average-time iterations, the percentiles' over sample-time "
        + "iterations (each iteration's own p50/p99); store rows' intervals are over latency-log intervals."
        + (stores ? "" : " Session-store lookups: not run in this profile.") + "\n";
  }

  private static String throughput(ResultFolder folder) {
    String table = ThroughputTable.render(folder);
    return table.isEmpty() ? "" : "### Throughput under concurrency (not per-request costs)\n\n" + table + "\n";
  }

  /** The open-loop load sweeps of the run: one row per offered rate. */
  private static String headers(HeaderTables tables) {
    MarkdownTable sizes = new MarkdownTable("token", "JWT bytes", "`Authorization: Bearer` line", "opaque "
        + "`Cookie: sid=` line", "request head ÷ opaque head");
    for (String profile : List.of("MINIMAL", "TYPICAL", "FAT", "GROUPS_200")) {
      for (String alg : SIZE_ALGORITHMS) {
        Optional<String> jwt = tables.cell("headers-sizes", profile, alg, "JWT");
        if (jwt.isPresent() && (profile.equals("TYPICAL") || alg.equals("HS256") || alg.equals("RS256"))) {
          sizes.row(profile.toLowerCase(Locale.ROOT) + " " + alg, jwt.get(),
              tables.cell("headers-sizes", profile, alg, "`Authorization: Bearer` line").orElse(Numbers.MISSING),
              tables.cell("headers-sizes", profile, alg, "`Cookie: sid=` line").orElse(Numbers.MISSING),
              tables.cell("headers-sizes", profile, alg, "×opaque").orElse(Numbers.MISSING));
        }
      }
    }
    MarkdownTable limits = new MarkdownTable("credential (all algorithms)", "request head (B)", "limits exceeded");
    Optional<Integer> exceeds = tables.columnIndex("headers-limits-exceeded", "exceeds");
    Optional<Integer> head = tables.columnIndex("headers-limits-exceeded", "request head (B)");
    Map<String, List<List<String>>> byToken = new LinkedHashMap<>();
    for (List<String> row : tables.rows("headers-limits-exceeded")) {
      if (exceeds.isPresent() && head.isPresent() && !row.get(exceeds.get()).equals("none")) {
        byToken.computeIfAbsent(tokenKind(row.get(0)), k -> new ArrayList<>()).add(row);
      }
    }
    byToken.forEach((token, rows) -> {
      IntSummaryStatistics bytes = rows.stream().mapToInt(r -> Integer.parseInt(r.get(head.get()))).summaryStatistics();
      Set<String> broken = new LinkedHashSet<>();
      rows.forEach(r -> broken.addAll(List.of(r.get(exceeds.get()).split(";\\s*"))));
      limits.row(token, bytes.getMin() == bytes.getMax() ? String.valueOf(bytes.getMin())
          : bytes.getMin() + "–" + bytes.getMax(), String.join(", ", broken));
    });
    String sizesText = sizes.isEmpty() ? NOT_RUN + "\n" : sizes.render();
    String limitsText = limits.isEmpty() ? "No measured credential exceeds a default limit of the catalogue.\n"
        : "Credentials that break a default limit (full catalogue in `tables/headers-limits.md`):\n\n"
            + limits.render();
    return sizesText + "\nBytes are exact for the deterministic fixture tokens. Over HTTP/2 an indexing HPACK encoder "
        + "sends a repeated token in a few bytes, a never-indexing one (nghttp2, Jetty) resends it whole: see "
        + "`tables/headers.md`.\n\n" + limitsText;
  }

  /** {@code BEARER_JWT GROUPS_200 HS256} → {@code BEARER_JWT GROUPS_200}: the case without its algorithm. */
  private static String tokenKind(String caseName) {
    String[] words = caseName.split(" ");
    return words.length <= 2 ? caseName : words[0] + " " + words[1];
  }

  private static String fleet(ResultFolder folder) {
    if (folder.simulations().isEmpty()) {
      return NOT_RUN + "\n";
    }
    return FleetTables.render(folder) + "\n<a id=\"instances-needed\"></a>\n### Instances needed\n\n"
        + CapacitySection.render(folder) + "\n";
  }

  private static String plots(ResultFolder folder, List<Plot> plots) {
    List<Plot> shown = new ArrayList<>(plots);
    shown.addAll(SimulatorPlots.choose(folder.simulatorPlots(),
        folder.simulations().stream().map(ResultFolder.SimResult::name).toList()));
    StringBuilder md = new StringBuilder();
    for (Plot plot : shown) {
      md.append("### ").append(plot.title()).append("\n\n![").append(plot.title()).append("](").append(plot.file())
          .append(")\n\n").append(plot.caption()).append("\n\n");
    }
    return md.length() == 0 ? NOT_RUN + "\n" : md.toString();
  }

  private static String reproduce(String profile) {
    String chosen = profile.isEmpty() ? "quick" : profile;
    return "```\nscripts/run --profile " + chosen + " --out DIR     # the whole job (builds first)\n"
        + "statebench report DIR                       # rebuild report.md/report.html from DIR\n"
        + "scripts/compare BASE_DIR NEW_DIR            # regression gate between two runs\n```\n\n"
        + "Results: `jmh.json` (JMH's format), `env.json`, `tables/`, `sim/`, `plots/`. "
        + "Cite with `CITATION.cff`; `results/README.md` explains every table. The result formats are defined by "
        + "the JSON Schemas in `results-model/src/main/resources/schemas/`.\n";
  }
}
