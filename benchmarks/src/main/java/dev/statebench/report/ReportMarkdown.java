package dev.statebench.report;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Renders {@code report.md}: the architect's answer in one page. Sections, in order: per-request cost (JWT vs Redis
 * vs SQL), token and header sizes with the limits they break, the fleet-level comparison, the claims checked, the
 * plots, the environment and how to reproduce. A section whose results the run does not hold says "not run in this
 * profile".
 */
final class ReportMarkdown {
  static final String COST = "## Per-request cost: JWT vs Redis vs SQL";
  static final String HEADERS = "## Token and header sizes, and the limits they break";
  static final String FLEET = "## Fleet-level comparison";
  static final String CLAIMS = "## Claims checked";
  static final String PLOTS = "## Plots";
  static final String ENVIRONMENT = "## Environment";
  static final String REPRODUCE = "## How to reproduce";
  static final List<String> SECTIONS = List.of(COST, LoadCostSection.TITLE, HEADERS, FLEET, CLAIMS, PLOTS, ENVIRONMENT,
      REPRODUCE);
  private static final String NOT_RUN = "_Not run in this profile._";
  private static final List<String> SIZE_ALGORITHMS = List.of("HS256", "ES256", "EDDSA", "RS256");

  private ReportMarkdown() {}

  static String render(ResultFolder folder, List<Plot> plots) throws java.io.IOException {
    String profile = folder.env().map(env -> env.path("profile").asText(""))
        .or(() -> folder.job().map(job -> job.path("profile").asText(""))).orElse("");
    StringBuilder md = new StringBuilder("# statebench report").append(profile.isEmpty() ? "" : " (" + profile
        + " profile)").append("\n\n");
    md.append("What it costs to keep session state in a JWT, in Redis, in PostgreSQL, or in the instance behind "
        + "sticky routing, measured on real crypto and real servers. Absolute times depend on the machine; compare "
        + "ratios within this run.\n\n");
    List<CostRow> costs = CostTable.rows(folder);
    md.append(COST).append("\n\n").append(cost(costs)).append('\n');
    md.append(LoadCostSection.TITLE).append("\n\n").append(LoadCostSection.render(folder.dir())).append('\n');
    md.append(HEADERS).append("\n\n").append(folder.headerTables().map(HeaderTables::new)
        .map(ReportMarkdown::headers).orElse(NOT_RUN + "\n")).append('\n');
    md.append(FLEET).append("\n\n").append(fleet(folder)).append('\n');
    md.append(CLAIMS).append("\n\n").append(claims(folder, costs)).append('\n');
    md.append(PLOTS).append("\n\n").append(plots(folder, plots)).append('\n');
    md.append(ENVIRONMENT).append("\n\n").append(folder.env().map(EnvSummary::render).orElse(NOT_RUN + " (no "
        + "env.json)\n")).append('\n');
    md.append(REPRODUCE).append("\n\n").append(reproduce(profile));
    return md.toString();
  }

  private static String cost(List<CostRow> rows) {
    if (rows.isEmpty()) {
      return NOT_RUN + "\n";
    }
    MarkdownTable table = new MarkdownTable("state in", "what was timed", "mean µs (99.9% CI)", "p50 µs", "p99 µs",
        "B allocated", "source");
    for (CostRow row : rows) {
      table.row(row.mechanism(), row.configuration(), Numbers.withInterval(row.mean(), row.meanHalfWidth()),
          Numbers.withInterval(row.p50(), row.p50HalfWidth()), Numbers.withInterval(row.p99(), row.p99HalfWidth()),
          Numbers.format(row.allocatedBytes()), row.source());
    }
    boolean stores = rows.stream().anyMatch(r -> !r.mechanism().equals(CostTable.JWT));
    return table.render() + "\nJWT rows: a typical 10-claim token on the JDK provider; REUSED keeps one verifier, "
        + "PROCESSOR goes through nimbus's `DefaultJWTProcessor` (all algorithms, providers and token sizes are in "
        + "`jmh.json`). Percentiles need JMH sample mode (full profile) or latency logs; ± is the confidence "
        + "half-width." + (stores ? "" : " Session-store lookups: not run in this profile.") + "\n";
  }

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
    StringBuilder md = new StringBuilder("Mean over replications ± 95% CI half-width; every policy sees the same "
        + "arrivals and work. Skew = busiest instance's requests ÷ mean; \"—\" = the scenario does not model it.\n\n");
    for (ResultFolder.SimResult sim : folder.simulations()) {
      MarkdownTable table = new MarkdownTable("policy", "mean ms", "p99 ms", "skew (max/mean)", "rejected",
          "sessions lost", "instances needed");
      for (JsonNode policy : sim.json().path("policies")) {
        SimMetrics metrics = new SimMetrics(policy);
        table.row(SimMetrics.label(policy), estimate(metrics.at("latency_ms.mean")),
            estimate(metrics.at("latency_ms.p99")), estimate(metrics.at("skew.requests.max_over_mean")),
            estimate(metrics.at("requests.rejected")), estimate(metrics.firstContaining("lost")),
            estimate(metrics.firstContaining("instances")));
      }
      md.append("**").append(sim.name()).append("** (seed ").append(sim.json().path("seed").asText("?"))
          .append(", ").append(sim.json().path("replications").asText("?")).append(" replications)\n\n")
          .append(table.isEmpty() ? "_no policy results_\n" : table.render()).append('\n');
    }
    return md.toString();
  }

  private static String estimate(Optional<LatencyLog.Estimate> value) {
    return value.map(v -> Numbers.withInterval(v.value(), v.halfWidth())).orElse(Numbers.MISSING);
  }

  private static String claims(ResultFolder folder, List<CostRow> costs) {
    MarkdownTable table = new MarkdownTable("claim", "source", "measured in this run");
    for (Claim claim : ClaimsChecked.claims(folder, costs)) {
      table.row(claim.quote(), "`" + claim.source() + "`", claim.measured());
    }
    return "Claims from the source texts in `shared/seeds/`, quoted briefly.\n\n" + table.render();
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
        + "Cite with `CITATION.cff`; `results/README.md` explains every table.\n";
  }
}
