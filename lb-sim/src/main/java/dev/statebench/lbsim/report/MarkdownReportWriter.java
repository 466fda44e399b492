package dev.statebench.lbsim.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statebench.lbsim.engine.EngineVersion;
import dev.statebench.lbsim.experiment.ExperimentResult;
import dev.statebench.lbsim.metrics.Estimate;
import dev.statebench.lbsim.metrics.PolicyResult;
import dev.statebench.lbsim.model.Units;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown table for reports: one row per policy (and variant), each cell the mean ± the half-width of its 95%
 * confidence interval. The latency and skew columns are always there; the columns of state and fleet-event metrics
 * (failed requests, lost sessions, logins, store lookups, revocation delay, latency around events, scale-out
 * convergence) appear when some row has them. With {@code report.slo-p99} and a sweep over {@code backends.count}, a
 * second table gives each policy's capacity: the fewest backends whose p99 (upper end of its interval) meets the
 * target while rejecting at most 0.01% of requests.
 */
public final class MarkdownReportWriter implements ReportWriter {
  private static final String[][] ALWAYS = {
      {"p50 ms", "latency_ms.p50"},
      {"p99 ms", "latency_ms.p99"},
      {"p99.9 ms", "latency_ms.p999"},
      {"util designed", "utilization.designed"},
      {"util achieved", "utilization.achieved"},
      {"util mean", "utilization.mean"},
      {"util max", "utilization.max"},
      {"req max/mean", "skew.requests.max_over_mean"},
      {"outst. max/mean", "skew.outstanding.max_over_mean"},
  };
  private static final String[][] WHEN_PRESENT = {
      {"rejected", "requests.rejected"},
      {"failed", "requests.failed"},
      {"sessions lost", "sessions.lost"},
      {"login requests", "requests.login"},
      {"store lookups/s", "store.lookups_per_s"},
      {"revoke→deny mean s", "revocation.delay_mean_s"},
      {"revoke→deny worst s", "revocation.delay_max_s"},
      {"events p99 ms", "event_window.latency_ms.p99"},
      {"events p99.9 ms", "event_window.latency_ms.p999"},
      {"events span s", "events.span_s"},
      {"converged after s", "scaleout.convergence_s"},
      {"old overload peak", "scaleout.old_overload_peak"},
  };
  /** A fleet that rejects more than this fraction of requests does not meet the SLO, whatever its p99. */
  private static final double REJECTED_TOLERANCE = 1e-4;
  private static final Pattern COUNT = Pattern.compile("(?:, )?backends\\.count=(\\d+)");

  @Override
  public void write(ExperimentResult result, Writer out) throws IOException {
    out.write(String.format(Locale.ROOT, "### %s%n%nlb-sim %s, seed %d, %d replication(s); mean ± 95%% CI half-width."
            + " Latencies in ms of time in system after the warm-up.%n%n", result.scenario().name(),
        EngineVersion.VERSION, result.scenario().config().seed(), result.scenario().replications()));
    List<String[]> columns = new ArrayList<>(List.of(ALWAYS));
    for (String[] column : WHEN_PRESENT) {
      if (anyNonZero(result.policies(), column[1])) {
        columns.add(column);
      }
    }
    StringBuilder header = new StringBuilder("| policy |");
    StringBuilder rule = new StringBuilder("|---|");
    for (String[] column : columns) {
      header.append(' ').append(column[0]).append(" |");
      rule.append("---:|");
    }
    out.write(header + "\n" + rule + "\n");
    for (PolicyResult policy : result.policies()) {
      StringBuilder row = new StringBuilder("| ").append(policy.label().replace("|", "\\|")).append(" |");
      for (String[] column : columns) {
        Estimate e = policy.metrics().get(column[1]);
        row.append(' ').append(e == null ? "–" : format(e)).append(" |");
      }
      out.write(row + "\n");
    }
    Optional<String> warning = UtilizationWarning.of(result);
    if (warning.isPresent()) {
      out.write("\n" + warning.get() + "\n");
    }
    writeCapacity(result, out);
  }

  private static void writeCapacity(ExperimentResult result, Writer out) throws IOException {
    JsonNode slo = result.scenario().tree().path("report").path("slo-p99");
    if (slo.isMissingNode() || slo.isNull()) {
      return;
    }
    double targetMs = Units.parseDuration(slo.asText()) / 1e6;
    Map<String, Integer> fewest = new LinkedHashMap<>();
    for (PolicyResult policy : result.policies()) {
      Matcher m = COUNT.matcher(policy.variant());
      if (!m.find()) {
        continue;
      }
      int count = Integer.parseInt(m.group(1));
      String rest = m.replaceAll("").replaceAll("^, ", "");
      String group = policy.policy() + (rest.isEmpty() ? "" : " @ " + rest);
      Estimate p99 = policy.metrics().get("latency_ms.p99");
      double upper = p99.mean() + (Double.isNaN(p99.ci95()) ? 0 : p99.ci95());
      boolean rejects = policy.metrics().get("requests.rejected").mean()
          > REJECTED_TOLERANCE * policy.metrics().get("requests.issued").mean();
      fewest.putIfAbsent(group, null);
      if (upper <= targetMs && !rejects && (fewest.get(group) == null || count < fewest.get(group))) {
        fewest.put(group, count);
      }
    }
    if (fewest.isEmpty()) {
      return;
    }
    out.write(String.format(Locale.ROOT, "%nCapacity at p99 ≤ %s ms (upper end of the 95%% CI): fewest backends of"
        + " those simulated, rejecting at most 0.01%% of requests.%n%n| policy | backends needed |%n|---|---:|%n", trim(targetMs)));
    for (Map.Entry<String, Integer> entry : fewest.entrySet()) {
      out.write("| " + entry.getKey().replace("|", "\\|") + " | "
          + (entry.getValue() == null ? "more than simulated" : entry.getValue().toString()) + " |\n");
    }
  }

  private static boolean anyNonZero(List<PolicyResult> policies, String metric) {
    for (PolicyResult p : policies) {
      Estimate e = p.metrics().get(metric);
      if (e != null && e.mean() != 0) {
        return true;
      }
    }
    return false;
  }

  private static String trim(double value) {
    return String.format(Locale.ROOT, "%.4g", value);
  }

  private static String format(Estimate e) {
    String mean = String.format(Locale.ROOT, "%.4g", e.mean());
    return Double.isNaN(e.ci95()) ? mean : mean + " ± " + String.format(Locale.ROOT, "%.2g", e.ci95());
  }
}
