package dev.statebench.fleet.validation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statebench.UserFacingException;
import dev.statebench.fleet.scenario.ScenarioUnits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the simulated-vs-real table from pairs of result files of the same scenario (lb-sim's and the fleet lab's).
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
  private static final List<String[]> METRICS = List.of(
      new String[] {"latency_ms.p50", "latency p50 (ms)"},
      new String[] {"latency_ms.p99", "latency p99 (ms)"},
      new String[] {"skew.requests.max_over_mean", "request share max/mean"},
      new String[] {"requests.login", "re-logins"},
      new String[] {"sessions.lost", "sessions lost"},
      new String[] {"scaleout.convergence_s", "scale-out convergence (s)"});

  private ValidationTable() {}

  /** The rows comparing {@code sim} with {@code real}, both results of scenario {@code name}. */
  public static List<ValidationRow> rows(String name, Path sim, Path real) {
    ResultFile simulated = ResultFile.read(sim);
    ResultFile measured = ResultFile.read(real);
    if (!simulated.engine().equals("lb-sim") || !measured.engine().equals("statebench-fleet")) {
      throw new UserFacingException("expected an lb-sim result and a statebench fleet result, got "
          + simulated.engine() + " (" + sim + ") and " + measured.engine() + " (" + real + ")");
    }
    List<ValidationRow> rows = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : measured.policies().entrySet()) {
      JsonNode s = simulated.policies().get(entry.getKey());
      if (s == null) {
        continue;
      }
      JsonNode r = entry.getValue();
      for (String[] metric : METRICS) {
        JsonNode sm = ResultFile.metric(s, metric[0]);
        JsonNode rm = ResultFile.metric(r, metric[0]);
        if (!sm.isMissingNode() && !rm.isMissingNode()) {
          int n = sm.path("n").asInt();
          double ci = sm.path("ci95").isNull() ? Double.NaN : sm.path("ci95").asDouble();
          rows.add(new ValidationRow(name, entry.getKey(), metric[1], sm.path("mean").asDouble(), ci, n,
              ci * Math.sqrt(n + 1), rm.path("mean").asDouble()));
        }
      }
      lostFraction(name, entry.getKey(), s, r, simulated.scenario()).ifPresent(rows::add);
    }
    return rows;
  }

  private static java.util.Optional<ValidationRow> lostFraction(String name, String policy, JsonNode s, JsonNode r,
      JsonNode scenario) {
    JsonNode liveReal = ResultFile.metric(r, "sessions.live_at_event");
    JsonNode lostSim = ResultFile.metric(s, "sessions.lost");
    JsonNode series = s.path("time_series");
    JsonNode events = scenario.path("events");
    if (liveReal.isMissingNode() || lostSim.isMissingNode() || series.isMissingNode() || events.isEmpty()
        || ResultFile.metric(r, "sessions.lost").path("mean").asDouble() == 0 && lostSim.path("mean").asDouble() == 0) {
      return java.util.Optional.empty();
    }
    long at = ScenarioUnits.nanos("events.at", events.get(0).path("at").asText());
    double windowNanos = series.path("window_s").asDouble() * 1e9;
    int w = (int) Math.floor(at / windowNanos) - 1;
    double liveSim = 0;
    for (JsonNode v : series.path("sessions").get(Math.max(0, w))) {
      liveSim += v.asDouble();
    }
    int n = lostSim.path("n").asInt();
    double ci = lostSim.path("ci95").isNull() ? Double.NaN : lostSim.path("ci95").asDouble();
    double real = ResultFile.metric(r, "sessions.lost").path("mean").asDouble() / liveReal.path("mean").asDouble();
    return java.util.Optional.of(new ValidationRow(name, policy, "fraction of live sessions lost",
        lostSim.path("mean").asDouble() / liveSim, ci / liveSim, n, ci * Math.sqrt(n + 1) / liveSim, real));
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
