package dev.statebench.lbsim.report;

import dev.statebench.lbsim.engine.EngineVersion;
import dev.statebench.lbsim.experiment.ExperimentResult;
import dev.statebench.lbsim.metrics.Estimate;
import dev.statebench.lbsim.metrics.PolicyResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A plain-text table for people: the headline metrics of each policy as mean ± 95% CI half-width. */
public final class TableReportWriter implements ReportWriter {
  private static final String[][] COLUMNS = {
      {"latency mean ms", "latency_ms.mean"},
      {"p50 ms", "latency_ms.p50"},
      {"p99 ms", "latency_ms.p99"},
      {"p99.9 ms", "latency_ms.p999"},
      {"queue p99 ms", "queueing_ms.p99"},
      {"util designed", "utilization.designed"},
      {"util achieved", "utilization.achieved"},
      {"util max", "utilization.max"},
      {"req max/mean", "skew.requests.max_over_mean"},
      {"outst. jain", "skew.outstanding.jain"},
      {"rejected", "requests.rejected"},
      {"redispatched", "requests.redispatched"},
  };

  @Override
  public void write(ExperimentResult result, Writer out) throws IOException {
    out.write(String.format(Locale.ROOT, "lb-sim %s: scenario %s, seed %d, %d replication(s), 95%% CI half-widths%n",
        EngineVersion.VERSION, result.scenario().name(), result.scenario().config().seed(),
        result.scenario().replications()));
    List<String[]> rows = new ArrayList<>();
    String[] header = new String[COLUMNS.length + 1];
    header[0] = "policy";
    for (int c = 0; c < COLUMNS.length; c++) {
      header[c + 1] = COLUMNS[c][0];
    }
    rows.add(header);
    for (PolicyResult policy : result.policies()) {
      String[] row = new String[COLUMNS.length + 1];
      row[0] = policy.label();
      for (int c = 0; c < COLUMNS.length; c++) {
        row[c + 1] = format(policy.metrics().get(COLUMNS[c][1]));
      }
      rows.add(row);
    }
    int[] widths = new int[header.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        String cell = row[c];
        line.append(c == 0 ? String.format("%-" + widths[c] + "s", cell) : String.format("  %" + widths[c] + "s", cell));
      }
      out.write(line.toString().stripTrailing() + System.lineSeparator());
    }
    Optional<String> warning = UtilizationWarning.of(result);
    if (warning.isPresent()) {
      out.write(warning.get() + System.lineSeparator());
    }
  }

  private static String format(Estimate e) {
    String mean = String.format(Locale.ROOT, "%.4g", e.mean());
    return Double.isNaN(e.ci95()) ? mean : mean + " ± " + String.format(Locale.ROOT, "%.2g", e.ci95());
  }
}
