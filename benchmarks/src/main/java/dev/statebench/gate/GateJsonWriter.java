package dev.statebench.gate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statebench.compare.BenchmarkKey;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * The gate's report as JSON ({@code gate.json}): the rules, then per benchmark its key, unit, per-round values of both
 * builds, the paired statistics and the verdicts. Non-finite numbers are written as {@code null}.
 */
public final class GateJsonWriter {

  public String write(GateReport report) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("verdict", report.regressed() ? "regression" : report.nothingJudged() ? "too little data"
        : "no regression");
    root.put("exitStatus", report.exitStatus());
    root.put("rounds", report.rounds());
    ObjectNode rules = root.putObject("rules");
    rules.put("defaultThreshold", report.rules().thresholds().defaultThreshold());
    rules.put("alpha", report.rules().alpha());
    rules.put("correction", report.rules().correction().name());
    rules.put("minimumPairs", report.rules().minimumPairs());
    rules.put("test", "paired t-test on ln(new/base) per round, two-sided");
    ArrayNode benchmarks = root.putArray("benchmarks");
    for (BenchmarkJudgement j : report.judgements()) {
      ObjectNode b = benchmarks.addObject();
      key(b, j.samples().key());
      b.put("unit", j.samples().unit());
      ArrayNode rounds = b.putArray("rounds");
      Arrays.stream(j.samples().rounds()).forEach(rounds::add);
      numbers(b.putArray("base"), j.samples().base());
      numbers(b.putArray("new"), j.samples().candidate());
      PairedRatio r = j.ratio();
      b.put("pairs", r.pairs());
      number(b, "relativeWorsening", r.relativeWorsening());
      number(b, "relativeWorseningLower95", r.lower95());
      number(b, "relativeWorseningUpper95", r.upper95());
      number(b, "p", r.pValue());
      number(b, "adjustedP", j.adjustedP());
      b.put("threshold", j.threshold());
      b.put("verdict", j.verdict().label());
      j.allocation().ifPresent(a -> {
        ObjectNode alloc = b.putObject("allocation");
        alloc.put("baseBytesPerOp", a.baseline().score());
        alloc.put("newBytesPerOp", a.candidate().score());
        alloc.put("verdict", a.verdict().label());
      });
    }
    ArrayNode onlyInBase = root.putArray("onlyInBase");
    report.onlyInBase().forEach(k -> key(onlyInBase.addObject(), k));
    ArrayNode onlyInNew = root.putArray("onlyInNew");
    report.onlyInNew().forEach(k -> key(onlyInNew.addObject(), k));
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void key(ObjectNode node, BenchmarkKey key) {
    node.put("benchmark", key.benchmark());
    node.put("mode", key.mode());
    ObjectNode params = node.putObject("params");
    key.params().forEach(params::put);
    node.put("name", key.exportName());
  }

  private static void numbers(ArrayNode array, double[] values) {
    for (double v : values) {
      if (Double.isFinite(v)) {
        array.add(v);
      } else {
        array.addNull();
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
