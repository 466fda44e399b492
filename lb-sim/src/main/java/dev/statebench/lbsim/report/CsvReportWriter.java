package dev.statebench.lbsim.report;

import dev.statebench.lbsim.experiment.ExperimentResult;
import dev.statebench.lbsim.metrics.Estimate;
import dev.statebench.lbsim.metrics.PolicyResult;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * One row per (policy, metric): {@code policy,metric,mean,ci95,n}, metric names as in the JSON (dotted), an empty
 * {@code ci95} with one replication. The policy is quoted (its options contain commas).
 */
public final class CsvReportWriter implements ReportWriter {

  @Override
  public void write(ExperimentResult result, Writer out) throws IOException {
    out.write("policy,metric,mean,ci95,n\n");
    for (PolicyResult policy : result.policies()) {
      String quoted = "\"" + policy.label().replace("\"", "\"\"") + "\"";
      for (Map.Entry<String, Estimate> metric : policy.metrics().entrySet()) {
        Estimate e = metric.getValue();
        out.write(quoted + "," + metric.getKey() + "," + e.mean() + ","
            + (Double.isNaN(e.ci95()) ? "" : Double.toString(e.ci95())) + "," + e.n() + "\n");
      }
    }
  }
}
