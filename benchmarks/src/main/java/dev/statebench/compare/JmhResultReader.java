package dev.statebench.compare;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.UserFacingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads JMH's own JSON result format ({@code -rf json}, as written by JMH 1.37) into {@link BenchmarkResult}s.
 *
 * <p>The input is either a {@code jmh.json} file or a result folder. A folder from {@code statebench run} holds one
 * {@code jmh-<label>.json} per JVM (and a merged, unlabelled {@code jmh.json}, then skipped); the label becomes part of each
 * {@link BenchmarkKey} so that results are matched JVM by JVM. A folder's {@code sim/} subfolder, if any, is
 * reported as its simulator tables.
 *
 * <p>Per-fork means come from {@code primaryMetric.rawData} (one list of iteration scores per fork) or, in
 * {@code sample} mode, from {@code rawDataHistogram} (per fork, per iteration, {@code [value, count]} pairs).
 * JMH writes a missing error or interval as the string {@code "NaN"}; it is read as {@link Double#NaN}.
 */
public final class JmhResultReader {
  private static final Pattern JMH_FILE = Pattern.compile("jmh(?:[-_.](.+))?\\.json");
  /** JMH 1.37 names it {@code gc.alloc.rate.norm}; versions before 1.34 prefixed secondary metrics with a middle dot. */
  private static final List<String> ALLOCATION_METRICS = List.of("gc.alloc.rate.norm", "\u00b7gc.alloc.rate.norm");

  private final ObjectMapper json = new ObjectMapper();

  /** Reads a result folder or a single JMH JSON file. */
  public ResultSet read(Path source) {
    if (Files.isRegularFile(source)) {
      return new ResultSet(source, readFile(source, ""), Optional.empty());
    }
    if (!Files.isDirectory(source)) {
      throw new UserFacingException(source + " does not exist (expected a result folder or a jmh.json file)");
    }
    Map<BenchmarkKey, BenchmarkResult> all = new LinkedHashMap<>();
    List<Path> files = jmhFiles(source);
    if (files.isEmpty()) {
      throw new UserFacingException(source + " has no jmh.json (is it a statebench result folder?)");
    }
    for (Path file : files) {
      String jvm = jvmLabel(file);
      for (BenchmarkResult result : readFile(file, jvm).values()) {
        if (all.putIfAbsent(result.key(), result) != null) {
          throw new UserFacingException(file + ": " + result.key().exportName() + " appears twice in " + source);
        }
      }
    }
    Path sim = source.resolve("sim");
    return new ResultSet(source, all, Files.isDirectory(sim) ? Optional.of(sim) : Optional.empty());
  }

  /**
   * The JMH files of a folder. {@code statebench run} writes one {@code jmh-<jdk>.json} per JVM plus a merged
   * {@code jmh.json} holding all of them without labels; when per-JVM files are present they are read (each result
   * labelled with its JVM) and the merged file is skipped, otherwise {@code jmh.json} alone (e.g. JMH's own output).
   */
  private static List<Path> jmhFiles(Path folder) {
    List<Path> all;
    try (Stream<Path> entries = Files.list(folder)) {
      all = entries
          .filter(p -> Files.isRegularFile(p) && JMH_FILE.matcher(p.getFileName().toString()).matches())
          .sorted(Comparator.comparing(JmhResultReader::jvmLabel))
          .toList();
    } catch (IOException e) {
      throw new UserFacingException("cannot list " + folder + ": " + e.getMessage(), e);
    }
    List<Path> perJvm = all.stream().filter(p -> !jvmLabel(p).isEmpty()).toList();
    return perJvm.isEmpty() ? all : perJvm;
  }

  /**
   * The parameters that identify a JMH result besides its name and mode: its {@code @Param} values, plus
   * {@code threads} when it ran on more than one thread (the same benchmark measured at 1, 2, 4, 8 threads is four
   * results).
   */
  public static TreeMap<String, String> params(JsonNode entry) {
    TreeMap<String, String> params = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = entry.path("params").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> param = it.next();
      params.put(param.getKey(), param.getValue().asText());
    }
    int threads = entry.path("threads").asInt(1);
    if (threads != 1) {
      params.put("threads", String.valueOf(threads));
    }
    return params;
  }

  /** {@code jmh.json} → "", {@code jmh-temurin25.json} → "temurin25". */
  private static String jvmLabel(Path jmhFile) {
    Matcher name = JMH_FILE.matcher(jmhFile.getFileName().toString());
    return name.matches() && name.group(1) != null ? name.group(1) : "";
  }

  private Map<BenchmarkKey, BenchmarkResult> readFile(Path file, String jvm) {
    JsonNode root;
    try {
      root = json.readTree(file.toFile());
    } catch (JacksonException e) {
      throw new UserFacingException(file + " is not valid JSON: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UserFacingException("cannot read " + file + ": " + e.getMessage(), e);
    }
    if (root == null || !root.isArray()) {
      throw new UserFacingException(file + " is not a JMH result file (expected a JSON array from 'jmh -rf json')");
    }
    Map<BenchmarkKey, BenchmarkResult> results = new LinkedHashMap<>();
    for (int i = 0; i < root.size(); i++) {
      BenchmarkResult result = entry(root.get(i), jvm, file + " entry " + (i + 1));
      if (results.putIfAbsent(result.key(), result) != null) {
        throw new UserFacingException(file + ": " + result.key().exportName() + " appears twice");
      }
    }
    return results;
  }

  private static BenchmarkResult entry(JsonNode node, String jvm, String where) {
    String benchmark = text(node, "benchmark", where);
    String mode = text(node, "mode", where);
    try {
      ScoreDirection.forMode(mode);
    } catch (UserFacingException e) {
      throw new UserFacingException(where + " (" + benchmark + "): " + e.getMessage(), e);
    }
    TreeMap<String, String> params = params(node);
    BenchmarkKey key = new BenchmarkKey(benchmark, mode, params, jvm);
    JsonNode primary = node.get("primaryMetric");
    if (primary == null || !primary.isObject()) {
      throw new UserFacingException(where + " (" + benchmark + ") has no primaryMetric");
    }
    Optional<Metric> allocation = Optional.empty();
    JsonNode secondary = node.path("secondaryMetrics");
    for (String name : ALLOCATION_METRICS) {
      if (secondary.has(name)) {
        allocation = Optional.of(metric(secondary.get(name), where + " " + name));
      }
    }
    return new BenchmarkResult(key, metric(primary, where + " primaryMetric"), allocation);
  }

  private static Metric metric(JsonNode node, String where) {
    double score = number(node.get("score"), where + ".score");
    if (!Double.isFinite(score)) {
      throw new UserFacingException(where + ".score is not a number");
    }
    double error = number(node.get("scoreError"), where + ".scoreError");
    JsonNode confidence = node.path("scoreConfidence");
    double lower = confidence.size() == 2 ? number(confidence.get(0), where + ".scoreConfidence") : Double.NaN;
    double upper = confidence.size() == 2 ? number(confidence.get(1), where + ".scoreConfidence") : Double.NaN;
    String unit = text(node, "scoreUnit", where);
    return new Metric(score, error, lower, upper, unit, forkMeans(node, where));
  }

  private static double[] forkMeans(JsonNode metric, String where) {
    List<Double> means = new ArrayList<>();
    if (metric.has("rawData")) {
      for (JsonNode fork : metric.get("rawData")) {
        double sum = 0;
        for (JsonNode iteration : fork) {
          sum += number(iteration, where + ".rawData");
        }
        if (fork.size() > 0) {
          means.add(sum / fork.size());
        }
      }
    } else if (metric.has("rawDataHistogram")) {
      for (JsonNode fork : metric.get("rawDataHistogram")) {
        double weighted = 0;
        double count = 0;
        for (JsonNode iteration : fork) {
          for (JsonNode bucket : iteration) {
            double n = number(bucket.get(1), where + ".rawDataHistogram");
            weighted += number(bucket.get(0), where + ".rawDataHistogram") * n;
            count += n;
          }
        }
        if (count > 0) {
          means.add(weighted / count);
        }
      }
    }
    return means.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static String text(JsonNode node, String field, String where) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new UserFacingException(where + " has no '" + field + "'");
    }
    return value.asText();
  }

  /** A JSON number, or JMH's {@code "NaN"} / {@code "Infinity"} strings. */
  private static double number(JsonNode value, String where) {
    if (value != null && value.isNumber()) {
      return value.doubleValue();
    }
    if (value != null && value.isTextual()) {
      switch (value.asText()) {
        case "NaN":
          return Double.NaN;
        case "Infinity":
          return Double.POSITIVE_INFINITY;
        case "-Infinity":
          return Double.NEGATIVE_INFINITY;
        default:
          break;
      }
    }
    throw new UserFacingException(where + " is missing or not a number");
  }
}
