package dev.statebench.report;

import dev.statebench.compare.BenchmarkKey;
import dev.statebench.compare.BenchmarkResult;
import dev.statebench.compare.Metric;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The architect's first table: what one request costs to resolve its session, one row per configuration. JWT rows
 * come from {@code JwtVerifyBenchmark} for the main algorithms (typical token, JDK provider, the reused-verifier path
 * and nimbus's processor path): the mean from average-time mode with JMH's 99.9% interval, p50/p99 from sample mode
 * of the same configuration. Session-store rows come from the latency logs ({@code .hlog}) the store benchmarks and the
 * open-loop runs write, merged across forks and modes (percentiles with a 95% interval across intervals); a folder
 * without logs falls back to the store benchmarks' JMH scores. Every other axis stays in {@code jmh.json}.
 */
final class CostTable {
  static final String JWT = "JWT (verify in-process)";
  static final String REDIS = "Redis lookup";
  static final String POSTGRES = "PostgreSQL lookup";
  static final String HYBRID = "JWT + Redis denylist (hybrid)";
  static final String OTHER_STORE = "session store";
  private static final Set<String> MAIN_ALGORITHMS = Set.of("HS256", "RS256", "ES256", "EDDSA");
  private static final List<String> ORDER = List.of(JWT, REDIS, POSTGRES, HYBRID, OTHER_STORE);

  private CostTable() {}

  static List<CostRow> rows(ResultFolder folder) {
    boolean storeLogs = !folder.latencyLogs().isEmpty();
    List<CostRow> rows = new ArrayList<>();
    Set<BenchmarkKey> covered = new HashSet<>();
    for (Map.Entry<BenchmarkKey, BenchmarkResult> entry : folder.benchmarks().entrySet()) {
      BenchmarkKey key = entry.getKey();
      Optional<String> mechanism = mechanism(key);
      if (mechanism.isEmpty() || !key.mode().equals("avgt") && !key.mode().equals("sample")) {
        continue;
      }
      boolean jwt = mechanism.get().equals(JWT);
      if (jwt && !mainJwtConfiguration(key) || !jwt && storeLogs) {
        continue;
      }
      BenchmarkKey configuration = new BenchmarkKey(key.benchmark(), "avgt", key.params(), key.jvm());
      if (covered.add(configuration)) {
        rows.add(row(mechanism.get(), configuration, folder));
      }
    }
    for (LatencyLog log : folder.latencyLogs()) {
      rows.add(new CostRow(mechanismOfName(log.name()).orElse(OTHER_STORE), log.name(), log.histogram().getMean()
          / 1000.0, Double.NaN, log.p50().value(), log.p50().halfWidth(), log.p99().value(), log.p99().halfWidth(),
          Double.NaN, "latency log, " + log.histogram().getTotalCount() + " requests"));
    }
    rows.sort(Comparator.comparingInt((CostRow row) -> ORDER.indexOf(row.mechanism())));
    return rows;
  }

  /** One configuration: the mean of its average-time result and the percentiles of its sample-time result. */
  private static CostRow row(String mechanism, BenchmarkKey avgtKey, ResultFolder folder) {
    BenchmarkKey sampleKey = new BenchmarkKey(avgtKey.benchmark(), "sample", avgtKey.params(), avgtKey.jvm());
    Optional<BenchmarkResult> avgt = Optional.ofNullable(folder.benchmarks().get(avgtKey));
    Optional<BenchmarkResult> sample = Optional.ofNullable(folder.benchmarks().get(sampleKey));
    Metric primary = avgt.or(() -> sample).orElseThrow().primary();
    double factor = Numbers.toMicros(primary.unit());
    double p50 = Double.NaN;
    double p99 = Double.NaN;
    Optional<SamplePercentiles.Percentiles> percentiles = folder.percentiles().of(sampleKey);
    if (percentiles.isPresent()) {
      double f = Numbers.toMicros(percentiles.get().unit());
      p50 = percentiles.get().p50() * f;
      p99 = percentiles.get().p99() * f;
    }
    String configuration = avgtKey.shortName() + " (" + avgtKey.paramsText() + ")"
        + (folder.severalJvms() ? " @" + avgtKey.jvm() : "");
    String modes = avgt.isPresent() && sample.isPresent() ? "avgt + sample" : avgt.isPresent() ? "avgt" : "sample";
    return new CostRow(mechanism, configuration, primary.score() * factor, primary.error() * factor, p50, Double.NaN,
        p99, Double.NaN, avgt.or(() -> sample).flatMap(BenchmarkResult::allocation).map(Metric::score)
            .orElse(Double.NaN), "JMH " + modes + ", " + Math.max(1, primary.forks()) + " fork(s)");
  }

  /** The main algorithms on a typical token and the JDK provider, reused verifier or nimbus's processor. */
  private static boolean mainJwtConfiguration(BenchmarkKey key) {
    String profile = key.params().getOrDefault("profile", "TYPICAL");
    String provider = key.params().getOrDefault("provider", "JDK");
    String path = key.params().getOrDefault("path", "REUSED");
    String alg = key.params().getOrDefault("alg", "HS256");
    return profile.equals("TYPICAL") && provider.equals("JDK") && MAIN_ALGORITHMS.contains(alg)
        && (path.equals("REUSED") || path.equals("PROCESSOR"));
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
    if (lower.contains("hybrid")) {
      return Optional.of(HYBRID);
    }
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
