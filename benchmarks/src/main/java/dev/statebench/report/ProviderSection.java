package dev.statebench.report;

import dev.statebench.compare.BenchmarkKey;
import dev.statebench.results.format.Numbers;
import dev.statebench.results.stats.ConfidenceInterval;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The JCA provider comparison: {@code JwtVerifyBenchmark} on the deployable fast path ({@code REUSED}, typical token)
 * with the JDK's providers, BouncyCastle and Amazon Corretto Crypto Provider, one row per algorithm and JVM for which
 * a provider other than the JDK's was measured. Ed25519 has no row: nimbus verifies it through Tink whatever provider
 * is configured. Each cell carries the report's interval (95%, Student t over measurement iterations) and its n.
 */
final class ProviderSection {
  static final String TITLE = "### JWT verification by crypto provider";
  private static final String VERIFY = "JwtVerifyBenchmark.verify";
  /** The {@code provider} parameter value of the JDK's own providers (the {@code CryptoProvider} constant's name). */
  private static final String JDK = "JDK";

  private ProviderSection() {}

  static String render(ResultFolder folder) {
    Map<String, Map<String, ConfidenceInterval>> groups = groups(folder);
    StringBuilder md = new StringBuilder(TITLE).append("\n\n");
    if (groups.isEmpty()) {
      return md.append("BouncyCastle and ACCP against the JDK provider: ").append(Cells.NOT_MEASURED)
          .append(".\n\n").toString();
    }
    MarkdownTable table = new MarkdownTable("algorithm @ JVM", "JDK µs ± 95% CI (n)", "BouncyCastle µs ± 95% CI (n)",
        "ACCP µs ± 95% CI (n)", "JDK ÷ BouncyCastle", "JDK ÷ ACCP");
    StringBuilder headlines = new StringBuilder();
    groups.forEach((group, byProvider) -> {
      ConfidenceInterval jdk = byProvider.get(JDK);
      ConfidenceInterval bc = byProvider.get("BOUNCY_CASTLE");
      ConfidenceInterval accp = byProvider.get("ACCP");
      table.row(group, cell(jdk), cell(bc), cell(accp), ratio(jdk, bc), ratio(jdk, accp));
      if (jdk != null && accp != null) {
        headlines.append("- ").append(group).append(": ACCP verifies in ").append(Numbers.format(accp.mean()))
            .append(" µs, the JDK provider in ").append(Numbers.format(jdk.mean())).append(" µs (")
            .append(Numbers.format(jdk.mean() / accp.mean())).append("× as fast).\n");
      }
    });
    md.append(table.render()).append('\n');
    if (!headlines.isEmpty()) {
      md.append(headlines).append('\n');
    }
    return md.append("`REUSED` path, typical token, one key; each provider does the signature verification through "
        + "nimbus's JCA context. EdDSA is not compared: nimbus verifies Ed25519 through Tink whatever the provider.\n\n")
        .toString();
  }

  /** Per {@code ALG @ jvm}, the verification time of each provider measured; only groups with a non-JDK provider. */
  private static Map<String, Map<String, ConfidenceInterval>> groups(ResultFolder folder) {
    Map<String, Map<String, ConfidenceInterval>> groups = new TreeMap<>();
    for (BenchmarkKey key : folder.benchmarks().keySet()) {
      Map<String, String> params = key.params();
      if (!key.shortName().equals(VERIFY) || !key.mode().equals("avgt") || !"REUSED".equals(params.get("path"))
          || !"TYPICAL".equals(params.get("profile")) || !params.containsKey("provider")
          || "EDDSA".equals(params.get("alg"))) {
        continue;
      }
      Optional<JmhIntervals.Intervals> intervals = folder.intervals().of(key);
      if (intervals.isEmpty()) {
        continue;
      }
      String group = params.get("alg") + (key.jvm().isEmpty() ? "" : " @ " + key.jvm());
      groups.computeIfAbsent(group, g -> new TreeMap<>()).put(params.get("provider"),
          intervals.get().mean().scaled(JmhUnits.toMicros(intervals.get().unit())));
    }
    groups.values().removeIf(byProvider -> byProvider.keySet().equals(Set.of(JDK)));
    return groups;
  }

  private static String cell(ConfidenceInterval interval) {
    return interval == null ? Cells.NOT_MEASURED
        : Numbers.withInterval(interval.mean(), interval.halfWidth()) + " (" + interval.n() + ")";
  }

  private static String ratio(ConfidenceInterval numerator, ConfidenceInterval denominator) {
    return numerator == null || denominator == null ? Numbers.MISSING
        : Numbers.format(numerator.mean() / denominator.mean());
  }
}
