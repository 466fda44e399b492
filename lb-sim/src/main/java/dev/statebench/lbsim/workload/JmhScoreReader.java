package dev.statebench.lbsim.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.lbsim.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Takes the cost of one operation from a JMH JSON result ({@code -rf json}): the one entry whose benchmark name
 * contains the given text and whose parameters include the given values; its primary score converted to
 * nanoseconds per operation (average-time units {@code ns/op}, {@code us/op}, {@code ms/op}, {@code s/op}, or
 * throughput {@code ops/s}, {@code ops/ms}, {@code ops/us}, inverted).
 */
public final class JmhScoreReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JmhScoreReader() {}

  /**
   * @param key the scenario key naming the file, for messages
   */
  public static double nanosPerOperation(Path file, String benchmark, Map<String, String> params, String key) {
    JsonNode root;
    try {
      root = JSON.readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(key + ": file not found: " + file);
    } catch (IOException e) {
      throw new InvalidInputException(key + ": cannot read " + file + " as JMH JSON: " + e.getMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new InvalidInputException(key + ": " + file + " is not a JMH JSON result (a list of benchmarks)");
    }
    List<JsonNode> matches = new ArrayList<>();
    for (JsonNode entry : root) {
      if (entry.path("benchmark").asText().contains(benchmark) && paramsMatch(entry.path("params"), params)) {
        matches.add(entry);
      }
    }
    if (matches.size() != 1) {
      throw new InvalidInputException(key + ": " + matches.size() + " entries of " + file + " match benchmark '"
          + benchmark + "' with params " + params + "; exactly one must");
    }
    JsonNode metric = matches.get(0).path("primaryMetric");
    double score = metric.path("score").asDouble(Double.NaN);
    String unit = metric.path("scoreUnit").asText();
    double nanos = switch (unit) {
      case "ns/op" -> score;
      case "us/op" -> score * 1e3;
      case "ms/op" -> score * 1e6;
      case "s/op" -> score * 1e9;
      case "ops/s" -> 1e9 / score;
      case "ops/ms" -> 1e6 / score;
      case "ops/us" -> 1e3 / score;
      default -> throw new InvalidInputException(key + ": unsupported JMH score unit '" + unit + "'");
    };
    if (!(nanos > 0) || Double.isInfinite(nanos)) {
      throw new InvalidInputException(key + ": the matching JMH score is not a positive time (" + score + " " + unit + ")");
    }
    return nanos;
  }

  private static boolean paramsMatch(JsonNode actual, Map<String, String> wanted) {
    for (Map.Entry<String, String> p : wanted.entrySet()) {
      if (!p.getValue().equals(actual.path(p.getKey()).asText(null))) {
        return false;
      }
    }
    return true;
  }
}
