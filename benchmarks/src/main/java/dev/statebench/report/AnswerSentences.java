package dev.statebench.report;

import dev.statebench.report.claims.Condition;
import dev.statebench.report.claims.ClaimMeasure;
import dev.statebench.results.format.Numbers;
import dev.statebench.results.load.CpuPerRequest;
import dev.statebench.results.load.LoadVerdict;
import dev.statebench.results.load.RateResult;
import dev.statebench.results.sim.InstancesNeeded;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Three to six sentences under the answer table, each generated from this run's data (and left out when the run
 * lacks it): the spread of per-request costs, what each strategy costs under open-loop load, the instances each
 * state model needs, the sessions a kill and a deploy lose, what a slow instance does to sticky routing, and the bytes
 * a token adds.
 */
final class AnswerSentences {
  private AnswerSentences() {}

  static String render(ResultFolder folder, List<CostRow> costs) {
    ClaimMeasurements measurements = new ClaimMeasurements(folder, costs);
    List<String> sentences = new ArrayList<>();
    costSpread(costs).ifPresent(sentences::add);
    underLoad(folder).ifPresent(sentences::add);
    capacity(folder).ifPresent(sentences::add);
    losses(measurements).ifPresent(sentences::add);
    slowInstance(measurements).ifPresent(sentences::add);
    bytes(measurements).ifPresent(sentences::add);
    return sentences.isEmpty() ? "" : String.join(" ", sentences) + "\n";
  }

  private static Optional<String> costSpread(List<CostRow> costs) {
    List<CostRow> jwt = costs.stream().filter(r -> r.mechanism().equals(CostTable.JWT) && r.p50() != null
        && "REUSED".equals(r.params().getOrDefault("path", "REUSED"))
        && ClaimMeasurements.MAIN_ALGORITHMS.contains(r.params().getOrDefault("alg", "?"))).toList();
    Optional<CostRow> redis = costs.stream().filter(r -> r.configuration().equals(ClaimMeasurements.REDIS_LOOKUP))
        .findFirst();
    if (jwt.isEmpty() || redis.isEmpty() || redis.get().p50() == null) {
      return Optional.empty();
    }
    CostRow cheapest = jwt.stream().min(Comparator.comparingDouble(r -> r.p50().mean())).orElseThrow();
    CostRow dearest = jwt.stream().max(Comparator.comparingDouble(r -> r.p50().mean())).orElseThrow();
    return Optional.of("One request at a time on this machine, verifying a typical JWT takes " + Cells.of(cheapest.p50())
        + " µs at the median with " + name(cheapest) + " and " + Cells.of(dearest.p50()) + " µs with " + name(dearest)
        + ", against " + Cells.of(redis.get().p50()) + " µs for a Redis lookup over loopback (95% intervals).");
  }

  private static String name(CostRow row) {
    return row.params().getOrDefault("alg", "?") + " (" + row.params().getOrDefault("provider", "JDK") + ")";
  }

  /**
   * p99 and CPU per request (application plus store) of every load sweep at the lowest rate all of them measured,
   * from the typed {@code summary.json}s; rates the target did not keep up with are named by their verdict.
   */
  private static Optional<String> underLoad(ResultFolder folder) {
    List<ResultFolder.LoadResult> sweeps = folder.loads().stream()
        .filter(l -> !l.summary().target().equals("noop")).toList();
    Optional<Double> common = sweeps.stream()
        .map(l -> l.summary().rates().stream().map(RateResult::ratePerSecond).toList())
        .reduce((a, b) -> a.stream().filter(b::contains).toList())
        .flatMap(rates -> rates.stream().min(Double::compare));
    if (common.isEmpty()) {
      return Optional.empty();
    }
    List<String> parts = new ArrayList<>();
    for (ResultFolder.LoadResult sweep : sweeps) {
      sweep.summary().rates().stream().filter(r -> r.ratePerSecond() == common.get() && r.firstAttempt())
          .findFirst().ifPresent(r -> parts.add(LoadCostSection.label(sweep) + " " + loadFigures(r)));
    }
    return Optional.of("Under open-loop " + sweeps.get(0).summary().arrivals() + " load at "
        + Numbers.format(common.get()) + " requests/s (one run per target, no interval), p99 response time and CPU "
        + "per request (application + store) were: " + String.join("; ", parts) + ".");
  }

  private static String loadFigures(RateResult r) {
    if (r.verdict() != LoadVerdict.OK) {
      return r.verdict().text();
    }
    CpuPerRequest cpu = r.cpuPerRequest();
    Optional<Double> app = cpu.app().or(() -> Optional.ofNullable(cpu.client()));
    String cpuText = app.map(a -> Numbers.format(a + (cpu.server() == null ? 0 : cpu.server())) + " µs CPU")
        .orElse("CPU " + Cells.NOT_MEASURED);
    return (r.latency().p99() == null ? "p99 " + Cells.NOT_MEASURED : Numbers.format(r.latency().p99()) + " µs")
        + " and " + cpuText;
  }

  private static Optional<String> capacity(ResultFolder folder) {
    return ScenarioRole.CAPACITY.in(folder.simulations()).map(sim -> {
      List<String> parts = new ArrayList<>();
      for (InstancesNeeded.Answer answer : InstancesNeeded.of(sim.result())) {
        parts.add(answer.state() + " " + (answer.instances().isPresent() ? answer.instances().getAsInt()
            : "more than swept"));
      }
      return "In the simulated fleet (" + sim.name() + ", p99 target " + sim.result().scenario().report().sloP99()
          .text() + "), the instances needed are: " + String.join(", ", parts) + ".";
    });
  }

  private static Optional<String> losses(ClaimMeasurements measurements) {
    List<Condition> kill = measurements.cases(ClaimMeasure.KILL_LOSS_LOCAL);
    List<Condition> deploy = measurements.cases(ClaimMeasure.DEPLOY_LOSS_LOCAL);
    List<Condition> shared = measurements.cases(ClaimMeasure.KILL_LOSS_SHARED);
    if (kill.isEmpty()) {
      return Optional.empty();
    }
    boolean noneShared = !shared.isEmpty() && shared.stream().allMatch(c -> c.high() == 0);
    return Optional.of("Sessions kept in the instance are lost with it: " + kill.get(0).figure() + " when one "
        + "instance is killed" + (deploy.isEmpty() ? "" : ", " + deploy.get(0).figure() + " in a rolling deploy")
        + (noneShared ? "; with the state in Redis, PostgreSQL or the token none are lost." : "."));
  }

  private static Optional<String> slowInstance(ClaimMeasurements measurements) {
    return measurements.cases(ClaimMeasure.STICKY_SKEW).stream().filter(c -> c.label().equals("one instance slowed"))
        .findFirst().map(c -> "With " + c.figure() + ", sticky routing keeps sending pinned clients to the slow "
            + "instance.");
  }

  private static Optional<String> bytes(ClaimMeasurements measurements) {
    Optional<Condition> jwt = measurements.cases(ClaimMeasure.JWT_REQUEST_BYTES).stream()
        .filter(c -> c.label().equals("HTTP/1.1")).findFirst();
    Optional<Condition> cookie = measurements.cases(ClaimMeasure.OPAQUE_COOKIE_BYTES).stream()
        .filter(c -> c.label().equals("HTTP/1.1")).findFirst();
    Optional<Condition> indexed = measurements.cases(ClaimMeasure.JWT_REQUEST_BYTES).stream()
        .filter(c -> c.label().startsWith("HTTP/2 INDEXED")).findFirst();
    if (jwt.isEmpty() || cookie.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("A typical JWT adds " + Numbers.exact(jwt.get().low()) + "–" + Numbers.exact(jwt.get().high())
        + " bytes to every HTTP/1.1 request against " + Numbers.exact(cookie.get().low()) + " for an opaque session "
        + "cookie" + indexed.map(c -> "; an HTTP/2 encoder that indexes the header sends " + Numbers.exact(c.high())
        + " byte(s) after the first request").orElse("") + ".");
  }
}
