package dev.statebench.report;

import dev.statebench.compare.BenchmarkKey;
import dev.statebench.compare.BenchmarkResult;
import dev.statebench.compare.Metric;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The architect's first table: what one request costs to resolve its session, per mechanism. JWT rows come from
 * {@code JwtVerifyBenchmark} (typical token, JDK provider, the reused-verifier path and nimbus's processor path);
 * session-store rows from any benchmark whose class or parameters name Redis or PostgreSQL, and from the latency logs
 * ({@code .hlog}) of the open-loop runs. Means carry JMH's 99.9% interval; percentiles come from sample mode or logs.
 */
final class CostTable {
  static final String JWT = "JWT (verify in-process)";
  static final String REDIS = "Redis lookup";
  static final String POSTGRES = "PostgreSQL lookup";
  static final String OTHER_STORE = "session store";

  private CostTable() {}

  static List<CostRow> rows(ResultFolder folder) {
    List<CostRow> rows = new ArrayList<>();
    for (Map.Entry<BenchmarkKey, BenchmarkResult> entry : folder.benchmarks().entrySet()) {
      BenchmarkKey key = entry.getKey();
      Optional<String> mechanism = mechanism(key);
      if (mechanism.isEmpty() || !key.mode().equals("avgt") && !key.mode().equals("sample")) {
        continue;
      }
      if (mechanism.get().equals(JWT) && !typicalJdkVerify(key)) {
        continue;
      }
      rows.add(row(mechanism.get(), key, entry.getValue(), folder));
    }
    for (LatencyLog log : folder.latencyLogs()) {
      rows.add(new CostRow(mechanismOfName(log.name()).orElse(OTHER_STORE), log.name(), log.histogram().getMean()
          / 1000.0, Double.NaN, log.p50().value(), log.p50().halfWidth(), log.p99().value(), log.p99().halfWidth(),
          Double.NaN, "latency log, " + log.histogram().getTotalCount() + " requests"));
    }
    return rows;
  }

  private static CostRow row(String mechanism, BenchmarkKey key, BenchmarkResult result, ResultFolder folder) {
    Metric primary = result.primary();
    double factor = Numbers.toMicros(primary.unit());
    double p50 = Double.NaN;
    double p99 = Double.NaN;
    Optional<SamplePercentiles.Percentiles> percentiles = folder.percentiles().of(key);
    if (percentiles.isPresent()) {
      double f = Numbers.toMicros(percentiles.get().unit());
      p50 = percentiles.get().p50() * f;
      p99 = percentiles.get().p99() * f;
    }
    String configuration = key.shortName() + " (" + key.paramsText() + ")"
        + (folder.severalJvms() ? " @" + key.jvm() : "");
    return new CostRow(mechanism, configuration, primary.score() * factor, primary.error() * factor, p50, Double.NaN,
        p99, Double.NaN, result.allocation().map(Metric::score).orElse(Double.NaN),
        "JMH " + key.mode() + ", " + Math.max(1, primary.forks()) + " fork(s)");
  }

  /** The typical token on the JDK provider: the configuration most deployments run; other axes stay in jmh.json. */
  private static boolean typicalJdkVerify(BenchmarkKey key) {
    String profile = key.params().getOrDefault("profile", "TYPICAL");
    String provider = key.params().getOrDefault("provider", "JDK");
    String path = key.params().getOrDefault("path", "REUSED");
    return profile.equals("TYPICAL") && provider.equals("JDK") && (path.equals("REUSED") || path.equals("PROCESSOR"));
  }

  static Optional<String> mechanism(BenchmarkKey key) {
    String simpleClass = key.shortName();
    if (simpleClass.startsWith("JwtVerify")) {
      return Optional.of(JWT);
    }
    if (simpleClass.startsWith("Jwt") || simpleClass.startsWith("Hpack") || simpleClass.startsWith("Http1")) {
      return Optional.empty();
    }
    return mechanismOfName(simpleClass + " " + String.join(" ", key.params().values()))
        .or(() -> simpleClass.toLowerCase(Locale.ROOT).matches(".*(session|lookup|store).*")
            ? Optional.of(OTHER_STORE) : Optional.empty());
  }

  private static Optional<String> mechanismOfName(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("redis")) {
      return Optional.of(REDIS);
    }
    if (lower.contains("postgres") || lower.contains("sql") || lower.matches(".*\\bpg\\b.*")) {
      return Optional.of(POSTGRES);
    }
    if (lower.contains("jwt")) {
      return Optional.of(JWT);
    }
    return Optional.empty();
  }
}
