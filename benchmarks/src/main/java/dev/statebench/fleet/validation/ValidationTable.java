package dev.statebench.fleet.validation;

import dev.statebench.UserFacingException;
import dev.statebench.fleet.result.FleetResultWriter;
import dev.statebench.results.ResultsFormatException;
import dev.statebench.results.sim.Estimate;
import dev.statebench.results.sim.PolicyResult;
import dev.statebench.results.sim.ScenarioEcho;
import dev.statebench.results.sim.SimMetrics;
import dev.statebench.results.sim.SimulationResult;
import dev.statebench.results.sim.SimulationResultReader;
import dev.statebench.results.sim.TimeSeries;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Builds the simulated-vs-real table from pairs of result files of the same scenario (lb-sim's and the fleet lab's,
 * both in the results contract's simulator format, read through its typed records).
 * For each policy present in both it compares latency p50 and p99, the request skew across instances (max/mean of
 * per-instance request rates), re-logins, sessions lost, the fraction of the sessions live at the first fleet event
 * that were lost, and the scale-out convergence time, whichever both results carry.
 *
 * <p>The real side is one run, so it is judged against lb-sim's 95% <em>prediction</em> interval for a single run,
 * mean ± t·s·sqrt(1 + 1/n) = mean ± ci95·sqrt(n + 1) (Montgomery and Runger, "Applied Statistics and Probability
 * for Engineers", 6th ed., 2014, section 8.4), not against the confidence interval of lb-sim's mean. The lost
 * fraction divides both ends by lb-sim's mean live-session count at the event (its variance is ignored).
 */
public final class ValidationTable {
  private static final List<Metric> METRICS = List.of(
      new Metric("latency p50 (ms)", m -> m.latencyMs().p50()),
      new Metric("latency p99 (ms)", m -> m.latencyMs().p99()),
      new Metric("request share max/mean", m -> m.skew().requests().maxOverMean()),
      new Metric("re-logins", m -> m.requests().login()),
      new Metric("sessions lost", m -> m.sessions().lost()),
      new Metric("scale-out convergence (s)", m -> m.scaleout() == null ? null : m.scaleout().convergenceSeconds()));

  /** One compared metric: its row title and where both results hold it (null where a result has none). */
  private record Metric(String title, Function<SimMetrics, Estimate> value) {}

  private ValidationTable() {}

  /**
   * The rows of every scenario with a result {@code NAME.json} in {@code realFolder} and one beside it in
   * {@code simFolder}, scenarios in file-name order.
   */
  public static List<ValidationRow> rows(Path simFolder, Path realFolder) throws IOException {
    List<ValidationRow> rows = new ArrayList<>();
    try (Stream<Path> files = Files.list(realFolder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.json$", "");
        rows.addAll(rows(name, simFolder.resolve(name + ".json"), file));
      }
    }
    if (rows.isEmpty()) {
      throw new UserFacingException("no scenario has results in both " + simFolder + " and " + realFolder);
    }
    return rows;
  }

  /** The rows comparing {@code sim} with {@code real}, both result files of scenario {@code name}. */
  public static List<ValidationRow> rows(String name, Path sim, Path real) {
    return rows(name, read(sim), read(real), sim, real);
  }

  private static SimulationResult read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserFacingException("result file " + file + " does not exist");
    }
    try {
      return new SimulationResultReader().read(file);
    } catch (ResultsFormatException e) {
      throw new UserFacingException(e.getMessage(), e);
    }
  }

  private static List<ValidationRow> rows(String name, SimulationResult simulated, SimulationResult measured,
      Path sim, Path real) {
    if (!simulated.engine().name().equals("lb-sim") || !measured.engine().name().equals(FleetResultWriter.ENGINE)) {
      throw new UserFacingException("expected an lb-sim result and a statebench fleet result, got "
          + simulated.engine().name() + " (" + sim + ") and " + measured.engine().name() + " (" + real + ")");
    }
    Map<String, PolicyResult> simulatedPolicies = new LinkedHashMap<>();
    simulated.policies().forEach(p -> simulatedPolicies.put(label(p), p));
    List<ValidationRow> rows = new ArrayList<>();
    for (PolicyResult r : measured.policies()) {
      PolicyResult s = simulatedPolicies.get(label(r));
      if (s == null) {
        continue;
      }
      for (Metric metric : METRICS) {
        Estimate sm = metric.value().apply(s.metrics());
        Estimate rm = metric.value().apply(r.metrics());
        if (sm != null && rm != null) {
          rows.add(new ValidationRow(name, label(r), metric.title(), sm.mean(), sm.halfWidthOrNaN(), sm.n(),
              sm.halfWidthOrNaN() * Math.sqrt(sm.n() + 1), rm.mean()));
        }
      }
      lostFraction(name, label(r), s, r, simulated.scenario()).ifPresent(rows::add);
    }
    return rows;
  }

  /** {@code policy @ variant}, as the table names a row (the variant's display label, never parsed). */
  private static String label(PolicyResult policy) {
    return policy.policy() + (policy.variant().label().isEmpty() ? "" : " @ " + policy.variant().label());
  }

  private static Optional<ValidationRow> lostFraction(String name, String policy, PolicyResult s, PolicyResult r,
      ScenarioEcho scenario) {
    Estimate liveReal = r.metrics().sessions().liveAtEvent();
    Estimate lostSim = s.metrics().sessions().lost();
    Estimate lostReal = r.metrics().sessions().lost();
    TimeSeries series = s.timeSeries();
    if (liveReal == null || series == null || series.sessions() == null || scenario.events().isEmpty()
        || lostReal.mean() == 0 && lostSim.mean() == 0) {
      return Optional.empty();
    }
    double at = scenario.events().get(0).at().nanos();
    int w = (int) Math.floor(at / (series.windowSeconds() * 1e9)) - 1;
    double liveSim = series.sessions().get(Math.max(0, w)).stream().mapToDouble(Double::doubleValue).sum();
    int n = lostSim.n();
    double ci = lostSim.halfWidthOrNaN();
    return Optional.of(new ValidationRow(name, policy, "fraction of live sessions lost", lostSim.mean() / liveSim,
        ci / liveSim, n, ci * Math.sqrt(n + 1) / liveSim, lostReal.mean() / liveReal.mean()));
  }

  /** The rows as a Markdown table. */
  public static String markdown(List<ValidationRow> rows) {
    StringBuilder md = new StringBuilder();
    md.append("| scenario | policy @ state | metric | lb-sim mean ± 95% CI (n) | lb-sim 95% PI, one run | real (one run) |"
        + " real within PI |\n");
    md.append("|---|---|---|---:|---:|---:|:---:|\n");
    for (ValidationRow row : rows) {
      Boolean agrees = row.agrees();
      md.append("| ").append(row.scenario()).append(" | ").append(row.policy()).append(" | ").append(row.metric())
          .append(" | ").append(number(row.simMean())).append(" ± ").append(number(row.simCi95()))
          .append(" (").append(row.simN()).append(") | ")
          .append(number(row.simMean() - row.simPrediction())).append(" … ")
          .append(number(row.simMean() + row.simPrediction())).append(" | ")
          .append(number(row.real())).append(" | ")
          .append(agrees == null ? "—" : agrees ? "yes" : "**no**").append(" |\n");
    }
    return md.toString();
  }

  /** Three significant digits, plain notation. */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "—";
    }
    if (value == 0) {
      return "0";
    }
    int digits = Math.max(0, 2 - (int) Math.floor(Math.log10(Math.abs(value))));
    return String.format(Locale.ROOT, "%." + digits + "f", value);
  }
}
