package dev.statebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one policy's metrics from lb-sim's JSON ({@code policies[].metrics}, each metric an object with {@code mean},
 * {@code ci95} and {@code n}). Fields are looked up by path or by a word in their path, so metrics added by later
 * simulator versions (sessions lost, instances needed) are picked up when present and reported as absent otherwise.
 */
final class SimMetrics {
  private final JsonNode metrics;

  SimMetrics(JsonNode policy) {
    this.metrics = policy.path("metrics");
  }

  /**
   * How a result names itself in tables: the routing policy, and the sweep variant (state model, cookie lifetime,
   * fleet size…) when the scenario sweeps one, since one policy may then appear several times.
   */
  static String label(JsonNode policy) {
    String name = policy.path("policy").asText("?");
    String variant = policy.path("variant").asText("");
    return variant.isEmpty() ? name : name + " · " + variant;
  }

  /** The estimate at a dotted path such as {@code latency_ms.p99}. */
  Optional<LatencyLog.Estimate> at(String dottedPath) {
    JsonNode node = metrics;
    for (String part : dottedPath.split("\\.")) {
      node = node.path(part);
    }
    return estimate(node);
  }

  /** The first estimate whose path contains {@code word} (e.g. {@code lost}), searched depth-first in file order. */
  Optional<LatencyLog.Estimate> firstContaining(String word) {
    List<Map.Entry<String, JsonNode>> found = new ArrayList<>();
    collect("", metrics, found);
    return found.stream().filter(e -> e.getKey().contains(word)).findFirst().flatMap(e -> estimate(e.getValue()));
  }

  private static void collect(String path, JsonNode node, List<Map.Entry<String, JsonNode>> found) {
    if (estimate(node).isPresent()) {
      found.add(Map.entry(path, node));
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> child = it.next();
      collect(path.isEmpty() ? child.getKey() : path + "." + child.getKey(), child.getValue(), found);
    }
  }

  private static Optional<LatencyLog.Estimate> estimate(JsonNode node) {
    if (node.isNumber()) {
      return Optional.of(new LatencyLog.Estimate(node.asDouble(), Double.NaN));
    }
    if (node.isObject() && node.path("mean").isNumber()) {
      return Optional.of(new LatencyLog.Estimate(node.path("mean").asDouble(),
          node.path("ci95").isNumber() ? node.path("ci95").asDouble() : Double.NaN));
    }
    return Optional.empty();
  }
}
