package dev.statebench.report;

import dev.statebench.results.format.Numbers;
import dev.statebench.results.load.CpuPerRequest;
import dev.statebench.results.load.LoadVerdict;
import dev.statebench.results.load.RateResult;
import dev.statebench.results.sim.PolicyResult;
import dev.statebench.results.sim.RevocationMetrics;
import dev.statebench.results.sim.ScenarioEvent;
import dev.statebench.results.sim.SimulationResult;
import dev.statebench.results.sim.StateSetting;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The report's first table: one row per strategy (JWT per algorithm and provider, Redis, PostgreSQL, the hybrid,
 * sticky routing with sessions in the instance) and, per row, what it costs and what it risks — each cell a figure of
 * this run with its interval, linking to the section that holds it, or "not measured in this run".
 */
final class AnswerTable {
  /**
   * One strategy of the table, with what identifies its data in each part of the run; {@code loadTarget} is the
   * {@code statebench load --target} whose sweep measures it, null when no sweep does.
   */
  record Strategy(String name, Predicate<CostRow> cost, String loadTarget, String stateModel, boolean opaqueCookie,
      String jwtAlgorithm) {}

  private final ResultFolder folder;
  private final List<CostRow> costs;
  private final Optional<HeaderTables> headers;

  AnswerTable(ResultFolder folder, List<CostRow> costs) {
    this.folder = folder;
    this.costs = costs;
    this.headers = folder.headerTables().map(HeaderTables::new);
  }

  List<Strategy> strategies() {
    List<Strategy> strategies = new ArrayList<>();
    for (CostRow row : costs) {
      if (row.mechanism().equals(CostTable.JWT) && "REUSED".equals(row.params().getOrDefault("path", "REUSED"))
          && ClaimMeasurements.MAIN_ALGORITHMS.contains(row.params().getOrDefault("alg", "?"))) {
        String alg = row.params().getOrDefault("alg", "?");
        String provider = row.params().getOrDefault("provider", "JDK");
        // the load generator verifies with the JDK provider (EdDSA through Tink whatever the provider) on the
        // launcher's JVM, so its figures belong to those rows only
        boolean launcherJvm = row.jvm() == null || row.jvm().equals(launcherJvm());
        String loadTarget = launcherJvm && (provider.equals("JDK") || alg.equals("EDDSA"))
            ? "jwt-" + alg.toLowerCase(Locale.ROOT) : null;
        strategies.add(new Strategy("JWT " + alg + " (" + provider + (row.jvm() == null ? "" : ", " + row.jvm())
            + ")", r -> r == row, loadTarget, "jwt", false, alg));
      }
    }
    strategies.add(new Strategy("Redis", r -> r.mechanism().equals(CostTable.REDIS)
        && r.configuration().equals(ClaimMeasurements.REDIS_LOOKUP), "redis", "redis", true, null));
    strategies.add(new Strategy("PostgreSQL", r -> r.mechanism().equals(CostTable.POSTGRES)
        && r.configuration().contains("query=LOOKUP") && r.configuration().contains("rows=10000")
        && r.configuration().contains("logging=LOGGED") && r.configuration().contains("protocol=DEFAULT"),
        "postgres", "sql", true, null));
    strategies.add(new Strategy("hybrid (HS256 JWT + Redis denylist)", r -> r.mechanism().equals(CostTable.HYBRID)
        && r.configuration().contains("alg=HS256") && r.configuration().contains("step=DENYLIST"), "hybrid", null,
        false, "HS256"));
    strategies.add(new Strategy("sticky + in-instance sessions", r -> false, "local", "local", true, null));
    return strategies;
  }

  /** The label of the JVM that ran statebench (the first of {@code env.json}), which the load sweeps run on. */
  private String launcherJvm() {
    return folder.env().filter(env -> !env.jvms().isEmpty()).map(env -> env.jvms().get(0).label()).orElse(null);
  }

  String render() {
    MarkdownTable table = new MarkdownTable("strategy", "latency added p50 / p99, µs ± 95% CI",
        "CPU µs per request / cores per 100k req/s", "auth bytes per request: HTTP/1.1 / HTTP/2 (HPACK indexed)",
        "sessions lost: instance kill / rolling deploy, % of live",
        "revocation: exposure (revoked token still accepted), mean s / mean revoke → denied incl. the user's wait"
            + " for the next request, s",
        "store outage: measured (store killed under load) / simulated (30 s store-down)");
    OutageCells outages = new OutageCells(folder);
    for (Strategy s : strategies()) {
      table.row(s.name(), latency(s), cpu(s), bytes(s), losses(s), revocation(s), outages.cell(s));
    }
    return table.render();
  }

  private String latency(Strategy s) {
    Optional<CostRow> row = costs.stream().filter(s.cost()).findFirst();
    return row.map(r -> r.p50() == null || r.p99() == null
        ? "percentiles " + Cells.NOT_MEASURED + " ([mean " + Cells.of(r.mean()) + "](#per-request-cost))"
        : "[" + Cells.of(r.p50()) + " / " + Cells.of(r.p99()) + "](#per-request-cost)").orElse(Cells.NOT_MEASURED);
  }

  /**
   * CPU per request at the highest rate the target kept up with (verdict ok, first attempt), from the run's
   * load sweeps: the application's share (client CPU minus the {@code noop} control's, the whole client CPU when no
   * control ran) plus the store's, in µs per request and cores per 100k requests/s. One run per rate, so no interval.
   */
  private String cpu(Strategy s) {
    Optional<RateResult> rate = loadRate(folder, s.loadTarget());
    if (rate.isEmpty() || rate.get().cpuPerRequest().client() == null) {
      return Cells.NOT_MEASURED;
    }
    RateResult r = rate.get();
    CpuPerRequest cpu = r.cpuPerRequest();
    double app = cpu.app().orElse(cpu.client());
    String label = cpu.app().isPresent() ? "app " : "client ";
    double total = app + (cpu.server() == null ? 0 : cpu.server());
    return "[" + label + Numbers.format(app) + (cpu.server() == null ? "" : " + store " + Numbers.format(cpu.server()))
        + " µs / " + Numbers.format(total / 10) + " cores](#load) at " + Numbers.format(r.ratePerSecond())
        + " req/s, 1 run";
  }

  /** The highest requested rate of {@code target}'s sweep that the target kept up with, on its first attempt. */
  static Optional<RateResult> loadRate(ResultFolder folder, String target) {
    return folder.loads().stream()
        .filter(l -> target != null && l.summary().target().equalsIgnoreCase(target))
        .flatMap(l -> l.summary().rates().stream())
        .filter(r -> r.verdict() == LoadVerdict.OK && r.firstAttempt())
        .max(Comparator.comparingDouble(RateResult::ratePerSecond));
  }

  private String bytes(Strategy s) {
    if (headers.isEmpty()) {
      return Cells.NOT_MEASURED;
    }
    String caseName = s.opaqueCookie() ? "OPAQUE_COOKIE" : s.jwtAlgorithm() == null ? null
        : "BEARER_JWT TYPICAL " + s.jwtAlgorithm();
    if (caseName == null) {
      return Cells.NOT_MEASURED;
    }
    Optional<String> h1 = headers.get().cell("headers-bandwidth", caseName, "HTTP/1.1", "auth bytes/request");
    Optional<String> h2 = headers.get().cell("headers-bandwidth", caseName, "HTTP/2 INDEXED 4096",
        "auth bytes/request");
    return h1.isEmpty() ? Cells.NOT_MEASURED : "[" + Numbers.exact(Double.parseDouble(h1.get())) + " / "
        + h2.map(v -> Numbers.exact(Double.parseDouble(v))).orElse("—") + "](#token-and-header-sizes)";
  }

  private String losses(Strategy s) {
    if (s.stateModel() == null) {
      return Cells.NOT_MEASURED;
    }
    String kill = loss(ScenarioRole.INSTANCE_KILL, ScenarioEvent.Kind.KILL, s.stateModel());
    String deploy = loss(ScenarioRole.ROLLING_DEPLOY, ScenarioEvent.Kind.ROLLING_DEPLOY, s.stateModel());
    return kill.equals(Cells.NOT_MEASURED) && deploy.equals(Cells.NOT_MEASURED) ? Cells.NOT_MEASURED
        : "[" + kill + " / " + deploy + "](#fleet-level-comparison)";
  }

  private String loss(ScenarioRole role, ScenarioEvent.Kind kind, String model) {
    Optional<ResultFolder.SimResult> sim = role.in(folder.simulations());
    if (sim.isEmpty()) {
      return Cells.NOT_MEASURED;
    }
    SimulationResult result = sim.get().result();
    Optional<PolicyResult> policy = result.policies().stream()
        .filter(p -> p.variant().state().map(StateSetting::model).filter(model::equals).isPresent()).findFirst();
    return policy.map(p -> {
      SessionLoss loss = SessionLoss.at(result, p, result.scenario().event(kind).orElseThrow());
      return Cells.percent(loss.fraction(), loss.fractionHalfWidth());
    }).orElse(Cells.NOT_MEASURED);
  }

  private String revocation(Strategy s) {
    Optional<ResultFolder.SimResult> sim = ScenarioRole.REVOCATION.in(folder.simulations());
    if (sim.isEmpty()) {
      return Cells.NOT_MEASURED;
    }
    List<String> figures = new ArrayList<>();
    for (PolicyResult p : sim.get().result().policies()) {
      Optional<StateSetting> state = p.variant().state();
      if (state.isEmpty() || p.metrics().revocation() == null) {
        continue;
      }
      boolean storeCheck = state.get().accessTtl() == null && state.get().model().equals(s.stateModel());
      boolean hybrid = state.get().accessTtl() != null && state.get().accessTtl().seconds() >= 300
          && state.get().accessTtl().seconds() <= 900;
      if (storeCheck) {
        figures.add(exposureAndDelay(p.metrics().revocation()));
      } else if (hybrid && s.stateModel() == null) {
        figures.add(state.get().accessTtl().text() + " token: " + exposureAndDelay(p.metrics().revocation()));
      }
    }
    return figures.isEmpty() ? Cells.NOT_MEASURED : "[" + String.join("; ", figures) + "](#fleet-level-comparison)";
  }

  private static String exposureAndDelay(RevocationMetrics revocation) {
    return Cells.of(revocation.exposureMeanSeconds()) + " / " + Cells.of(revocation.delayMeanSeconds()) + " s";
  }
}
