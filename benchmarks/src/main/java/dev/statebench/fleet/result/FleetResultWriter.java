package dev.statebench.fleet.result;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statebench.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes a fleet-lab result in the simulator's JSON result shape, so the report and {@code compare} read both the
 * same way: {@code engine}, {@code scenario_name}, {@code seed}, {@code replications}, the {@code scenario} echoed,
 * {@code warnings} and one object per policy (and variant) with {@code metrics} as nested objects whose leaves are
 * {@code {"mean", "ci95", "n"}} (one real run: {@code ci95} null, {@code n} 1), {@code per_backend.requests} and
 * {@code per_backend.live_s}, and with a window the {@code time_series} of requests, live time, logins and failures.
 * The engine is named {@code statebench-fleet} so nobody mistakes a measurement for a simulation. Written to a
 * temporary file, then moved.
 */
public final class FleetResultWriter {
  /** Version of this result's layout. */
  public static final String VERSION = "1";

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private FleetResultWriter() {}

  /** Writes {@code outcomes} of scenario {@code name} to {@code file}. */
  public static void write(Path file, String name, long seed, Map<String, Object> scenario, List<String> warnings,
      List<PolicyOutcome> outcomes) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode engine = root.putObject("engine");
    engine.put("name", "statebench-fleet");
    engine.put("version", VERSION);
    root.put("scenario_name", name);
    root.put("seed", seed);
    root.put("replications", 1);
    root.set("scenario", JSON.valueToTree(scenario));
    ArrayNode warningsNode = root.putArray("warnings");
    warnings.forEach(warningsNode::add);
    ArrayNode policies = root.putArray("policies");
    for (PolicyOutcome outcome : outcomes) {
      policies.add(policyNode(outcome));
    }
    AtomicFiles.writeString(file, JSON.writeValueAsString(root) + System.lineSeparator());
  }

  private static ObjectNode policyNode(PolicyOutcome outcome) {
    ObjectNode node = JSON.createObjectNode();
    node.put("policy", outcome.policy());
    if (!outcome.variant().isEmpty()) {
      node.put("variant", outcome.variant());
    }
    ObjectNode metrics = node.putObject("metrics");
    for (Map.Entry<String, Double> metric : outcome.metrics().entrySet()) {
      ObjectNode parent = metrics;
      String[] parts = metric.getKey().split("\\.");
      for (int i = 0; i < parts.length - 1; i++) {
        parent = parent.has(parts[i]) ? (ObjectNode) parent.get(parts[i]) : parent.putObject(parts[i]);
      }
      ObjectNode leaf = parent.putObject(parts[parts.length - 1]);
      leaf.put("mean", metric.getValue());
      leaf.putNull("ci95");
      leaf.put("n", 1);
    }
    ObjectNode perBackend = node.putObject("per_backend");
    putArray(perBackend.putArray("requests"), outcome.requestsPerInstance());
    putArray(perBackend.putArray("live_s"), outcome.liveSeconds());
    if (outcome.windowSeconds() > 0) {
      ObjectNode ts = node.putObject("time_series");
      ts.put("window_s", outcome.windowSeconds());
      ArrayNode requests = ts.putArray("requests");
      ArrayNode live = ts.putArray("live");
      for (int w = 0; w < outcome.windowRequests().length; w++) {
        putArray(requests.addArray(), outcome.windowRequests()[w]);
        putArray(live.addArray(), outcome.windowLive()[w]);
      }
      putArray(ts.putArray("logins"), outcome.windowLogins());
      putArray(ts.putArray("failed"), outcome.windowFailed());
    }
    return node;
  }

  private static void putArray(ArrayNode array, double[] values) {
    for (double v : values) {
      array.add(v);
    }
  }
}
