package dev.statebench.fleet.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One result file in lb-sim's JSON shape (written by lb-sim or by {@code statebench fleet}): its policies by
 * {@code policy @ variant}, each metric a {@code {mean, ci95, n}} leaf.
 *
 * @param engine the engine name ({@code lb-sim} or {@code statebench-fleet})
 * @param policies policy-and-variant label to its JSON object
 * @param scenario the scenario echoed in the result
 */
record ResultFile(String engine, Map<String, JsonNode> policies, JsonNode scenario) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static ResultFile read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserFacingException("result file " + file + " does not exist");
    }
    try {
      JsonNode root = JSON.readTree(file.toFile());
      Map<String, JsonNode> policies = new LinkedHashMap<>();
      for (JsonNode policy : root.path("policies")) {
        String variant = policy.path("variant").asText("");
        policies.put(policy.path("policy").asText() + (variant.isEmpty() ? "" : " @ " + variant), policy);
      }
      if (policies.isEmpty()) {
        throw new UserFacingException("result file " + file + " has no policies: is it an lb-sim or fleet result?");
      }
      return new ResultFile(root.path("engine").path("name").asText("?"), policies, root.path("scenario"));
    } catch (IOException e) {
      throw new UserFacingException("result file " + file + " is not valid JSON: " + e.getMessage(), e);
    }
  }

  /** The metric leaf at a dotted name, or a missing node. */
  static JsonNode metric(JsonNode policy, String dotted) {
    JsonNode node = policy.path("metrics");
    for (String part : dotted.split("\\.")) {
      node = node.path(part);
    }
    return node;
  }
}
