package dev.statebench.lbsim.report;

import dev.statebench.lbsim.engine.EngineVersion;
import dev.statebench.lbsim.experiment.ExperimentResult;
import dev.statebench.lbsim.metrics.Estimate;
import dev.statebench.lbsim.metrics.PolicyResult;
import dev.statebench.results.sim.InstancesNeeded;
import dev.statebench.results.sim.SimulationResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Markdown table for reports: one row per policy (and variant), each cell the mean ± the half-width of its 95%
 * confidence interval. The latency and skew columns are always there; the columns of state and fleet-event metrics
 * (failed and unavailable requests, lost sessions, logins, store lookups, revocation delay and exposure, latency around events, scale-out
 * convergence) appear when some row has them. With {@code report.slo-p99} and a sweep over {@code backends.count}, a
 * second table gives the instances each state model needs, by the one rule of the results contract
 * ({@link InstancesNeeded}), which the statebench report applies too.
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
      {"unavailable (503)", "requests.unavailable"},
      {"store down, failed", "requests.store_failed"},
      {"sessions lost", "sessions.lost"},
      {"login requests", "requests.login"},
      {"store lookups/s", "store.lookups_per_s"},
      {"revoke→deny mean s", "revocation.delay_mean_s"},
      {"revoke→deny worst s", "revocation.delay_max_s"},
      {"exposure mean s", "revocation.exposure_mean_s"},
      {"exposure worst s", "revocation.exposure_max_s"},
      {"events p99 ms", "event_window.latency_ms.p99"},
      {"events p99.9 ms", "event_window.latency_ms.p999"},
      {"events span s", "events.span_s"},
      {"converged after s", "scaleout.convergence_s"},
      {"old overload peak", "scaleout.old_overload_peak"},
  };

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
    SimulationResult contract = ContractResult.of(result);
    List<InstancesNeeded.Answer> answers = InstancesNeeded.of(contract);
    if (answers.isEmpty()) {
      return;
    }
    out.write(String.format(Locale.ROOT, "%nInstances needed at p99 ≤ %s (upper end of the 95%% CI), by the results"
        + " contract's one rule (InstancesNeeded): the fewest simulated backends with no rejected, failed or"
        + " unavailable request and designed utilisation below 1.%n%n| state | instances needed |"
        + " designed utilisation there |%n|---|---:|---:|%n", contract.scenario().report().sloP99().text()));
    for (InstancesNeeded.Answer answer : answers) {
      String needed = answer.instances().isPresent() ? Integer.toString(answer.instances().getAsInt())
          : "more than simulated";
      String utilization = answer.instances().isPresent() ? answer.candidates().stream()
          .filter(c -> c.instances() == answer.instances().getAsInt()).findFirst()
          .map(c -> String.format(Locale.ROOT, "%.3f", c.designedUtilization())).orElse("–") : "–";
      out.write("| " + answer.state().replace("|", "\\|") + " | " + needed + " | " + utilization + " |\n");
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
