package dev.statebench.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The report as JSON for programs: the same content as the markdown, every number unrounded (non-finite ones as
 * {@code null}), every simulator difference listed.
 */
public final class JsonReportWriter implements ComparisonReportWriter {
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public String write(ComparisonReport report) {
    ObjectNode root = json.createObjectNode();
    root.put("regression", report.hasRegression());
    root.put("exitStatus", report.exitStatus());
    root.put("baseline", report.baselineSource().toString());
    root.put("new", report.candidateSource().toString());
    settings(root.putObject("settings"), report.settings());
    ArrayNode benchmarks = root.putArray("benchmarks");
    report.benchmarks().forEach(b -> benchmark(benchmarks.addObject(), b));
    keys(root.putArray("onlyInBaseline"), report.onlyInBaseline());
    keys(root.putArray("onlyInNew"), report.onlyInCandidate());
    simulator(root.putObject("simulator"), report);
    try {
      return json.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void settings(ObjectNode node, GateSettings settings) {
    node.put("threshold", settings.thresholds().defaultThreshold());
    node.put("alpha", settings.scoreRule().alpha());
    node.put("allocationRelativeTolerance", settings.allocationRule().relativeTolerance());
    node.put("allocationAbsoluteToleranceBytes", settings.allocationRule().absoluteToleranceBytes());
    node.put("failOnSimulatorChanges", settings.failOnSimulatorChanges());
  }

  private static void benchmark(ObjectNode node, BenchmarkComparison b) {
    key(node, b.key());
    metric(node.putObject("baselineScore"), b.baseline().primary());
    metric(node.putObject("newScore"), b.candidate().primary());
    ScoreComparison s = b.score();
    number(node, "ratio", s.ratio());
    number(node, "relativeWorsening", s.relativeWorsening());
    node.put("threshold", s.threshold());
    ObjectNode evidence = node.putObject("evidence");
    evidence.put("basis", s.evidence().basis().name());
    evidence.put("intervalsDisjoint", s.evidence().intervalsDisjoint());
    if (s.evidence().mannWhitneyP().isPresent()) {
      number(evidence, "mannWhitneyP", s.evidence().mannWhitneyP().getAsDouble());
    } else {
      evidence.putNull("mannWhitneyP");
    }
    number(evidence, "minimumAchievableP", s.evidence().minimumAchievableP());
    evidence.put("clear", s.evidence().clear());
    evidence.put("description", s.evidence().describe());
    node.put("verdict", s.verdict().label());
    b.allocation().ifPresent(a -> {
      ObjectNode allocation = node.putObject("allocation");
      metric(allocation.putObject("baseline"), a.baseline());
      metric(allocation.putObject("new"), a.candidate());
      number(allocation, "deltaBytes", a.deltaBytes());
      allocation.put("verdict", a.verdict().label());
    });
  }

  private static void key(ObjectNode node, BenchmarkKey key) {
    node.put("benchmark", key.benchmark());
    node.put("mode", key.mode());
    ObjectNode params = node.putObject("params");
    key.params().forEach(params::put);
    node.put("jvm", key.jvm());
  }

  private static void metric(ObjectNode node, Metric metric) {
    number(node, "score", metric.score());
    number(node, "error", metric.error());
    number(node, "lower", metric.lower());
    number(node, "upper", metric.upper());
    node.put("unit", metric.unit());
    node.put("forks", metric.forks());
  }

  private static void keys(ArrayNode array, List<BenchmarkKey> keys) {
    keys.forEach(k -> key(array.addObject(), k));
  }

  private static void simulator(ObjectNode node, ComparisonReport report) {
    SimTableComparison sim = report.simulator();
    node.put("fails", report.simulatorFails());
    sim.compared().forEach(node.putArray("compared")::add);
    sim.onlyInBaseline().forEach(node.putArray("onlyInBaseline")::add);
    sim.onlyInCandidate().forEach(node.putArray("onlyInNew")::add);
    ObjectNode differences = node.putObject("differences");
    for (Map.Entry<String, List<NumericDifference>> table : sim.differences().entrySet()) {
      ArrayNode list = differences.putArray(table.getKey());
      for (NumericDifference d : table.getValue()) {
        ObjectNode diff = list.addObject();
        diff.put("path", d.path());
        diff.put("baseline", d.baseline().orElse(null));
        diff.put("new", d.candidate().orElse(null));
      }
    }
  }

  private static void number(ObjectNode node, String field, double value) {
    if (Double.isFinite(value)) {
      node.put(field, value);
    } else {
      node.putNull(field);
    }
  }
}
