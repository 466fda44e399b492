package dev.statebench.lbsim.scenario;

import dev.statebench.lbsim.workload.DeterministicDistribution;
import dev.statebench.lbsim.workload.Distribution;
import dev.statebench.lbsim.workload.JmhScoreReader;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a cost that may come from a JMH result: {@code {dist: jmh, file: jmh.json, benchmark: JwtVerify.verify,
 * params: {alg: ES256}}} takes the mean time per operation of the one matching benchmark as a fixed cost; any other
 * {@code dist} is an ordinary distribution ({@link DistributionSettings}).
 */
final class JmhScoreSettings {
  private JmhScoreSettings() {}

  static Distribution readCost(SettingsNode node, Path baseDirectory) {
    if (!"jmh".equals(node.text("dist", "a distribution, or jmh"))) {
      return DistributionSettings.read(node, DistributionSettings.Kind.TIME, baseDirectory);
    }
    node.allowOnly("dist", "file", "benchmark", "params");
    Path file = baseDirectory.resolve(node.text("file", "a JMH result file (jmh.json)"));
    String benchmark = node.text("benchmark", "a substring of the benchmark's name");
    Map<String, String> params = new TreeMap<>();
    if (node.has("params")) {
      SettingsNode p = node.child("params");
      Iterator<String> names = p.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        params.put(name, p.text(name, "a parameter value"));
      }
    }
    return new DeterministicDistribution(JmhScoreReader.nanosPerOperation(file, benchmark, params,
        node.pathOf("file")));
  }
}
