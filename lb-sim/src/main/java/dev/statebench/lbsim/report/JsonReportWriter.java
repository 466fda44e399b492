package dev.statebench.lbsim.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statebench.lbsim.engine.EngineVersion;
import dev.statebench.lbsim.experiment.ExperimentResult;
import dev.statebench.lbsim.metrics.Estimate;
import dev.statebench.lbsim.metrics.PolicyResult;
import dev.statebench.lbsim.metrics.TimeSeries;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The machine-readable result, read by the report generator: the engine version, the seed, the scenario echoed
 * back after overrides, and one object per policy. Metric names are stable: a dotted metric name such as
 * {@code latency_ms.p99} becomes nested objects, each leaf {@code {"mean": …, "ci95": …, "n": …}} ({@code ci95} is
 * the half-width of the 95% interval, null with one replication). Times are in milliseconds, rates per second.
 */
public final class JsonReportWriter implements ReportWriter {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Override
  public void write(ExperimentResult result, Writer out) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode engine = root.putObject("engine");
    engine.put("name", "lb-sim");
    engine.put("version", EngineVersion.VERSION);
    root.put("scenario_name", result.scenario().name());
    root.put("seed", result.scenario().config().seed());
    root.put("replications", result.scenario().replications());
    root.set("scenario", result.scenario().tree());
    ArrayNode warnings = root.putArray("warnings");
    UtilizationWarning.of(result).ifPresent(warnings::add);
    ArrayNode policies = root.putArray("policies");
    for (PolicyResult policy : result.policies()) {
      policies.add(policyNode(policy));
    }
    JSON.writeValue(out, root);
    out.write(System.lineSeparator());
  }

  private static ObjectNode policyNode(PolicyResult policy) {
    ObjectNode node = JSON.createObjectNode();
    node.put("policy", policy.policy());
    if (!policy.variant().isEmpty()) {
      node.put("variant", policy.variant());
    }
    ObjectNode metrics = node.putObject("metrics");
    for (Map.Entry<String, Estimate> metric : policy.metrics().entrySet()) {
      ObjectNode parent = metrics;
      String[] parts = metric.getKey().split("\\.");
      for (int i = 0; i < parts.length - 1; i++) {
        parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
      }
      ObjectNode leaf = parent.putObject(parts[parts.length - 1]);
      Estimate e = metric.getValue();
      leaf.put("mean", e.mean());
      if (Double.isNaN(e.ci95())) {
        leaf.putNull("ci95");
      } else {
        leaf.put("ci95", e.ci95());
      }
      leaf.put("n", e.n());
    }
    ObjectNode perBackend = node.putObject("per_backend");
    putArray(perBackend.putArray("requests"), policy.requestsPerBackend());
    putArray(perBackend.putArray("utilization"), policy.utilizationPerBackend());
    putArray(perBackend.putArray("outstanding"), policy.outstandingPerBackend());
    putArray(perBackend.putArray("live_s"), policy.liveSecondsPerBackend());
    TimeSeries series = policy.timeSeries();
    if (series != null) {
      ObjectNode ts = node.putObject("time_series");
      ts.put("window_s", series.windowNanos() / 1e9);
      ArrayNode outstanding = ts.putArray("outstanding");
      ArrayNode utilization = ts.putArray("utilization");
      ArrayNode requests = ts.putArray("requests");
      ArrayNode sessions = ts.putArray("sessions");
      ArrayNode logins = ts.putArray("logins");
      ArrayNode failed = ts.putArray("failed");
      ArrayNode live = ts.putArray("live");
      for (int w = 0; w < series.windows(); w++) {
        putArray(outstanding.addArray(), series.outstanding(w));
        putArray(utilization.addArray(), series.utilization(w));
        putArray(requests.addArray(), series.requests(w));
        putArray(sessions.addArray(), series.sessions(w));
        logins.add(series.logins(w));
        failed.add(series.failed(w));
        putArray(live.addArray(), series.live(w));
      }
    }
    return node;
  }

  private static void putArray(ArrayNode array, double[] values) {
    for (double v : values) {
      array.add(v);
    }
  }
}
