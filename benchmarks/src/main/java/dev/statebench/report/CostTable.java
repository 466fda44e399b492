package dev.statebench.report;

import dev.statebench.compare.BenchmarkKey;
import dev.statebench.compare.BenchmarkResult;
import dev.statebench.compare.Metric;
import dev.statebench.results.stats.ConfidenceInterval;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The per-request cost table: what one request pays to resolve its session, one row per configuration. Only
 * single-request latencies belong here; results measured under concurrency (several threads sharing a pool, pipelined
 * requests) are throughput and go to {@link ThroughputTable}. JWT rows come from {@code JwtVerifyBenchmark} (typical
 * token; every provider measured; the reused-verifier and nimbus-processor paths): the mean from average-time mode,
 * p50/p99 from sample mode of the same configuration. Store and hybrid rows come from the latency logs
 * ({@code .hlog}) when the run has them, else from their JMH results. Every interval follows one convention
 * ({@link ConfidenceInterval}: 95%, Student t) over measurement iterations (JMH) or histogram intervals (logs).
 */
final class CostTable {
  static final String JWT = "JWT (verify in-process)";
  static final String REDIS = "Redis lookup";
  static final String POSTGRES = "PostgreSQL lookup";
  static final String HYBRID = "JWT + Redis denylist (hybrid)";
  private static final List<String> ORDER = List.of(JWT, REDIS, POSTGRES, HYBRID);

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
      if (jwt && !jwtConfigurationShown(key) || !jwt && storeLogs) {
        continue;
      }
      BenchmarkKey configuration = new BenchmarkKey(key.benchmark(), "avgt", key.params(), key.jvm());
      if (covered.add(configuration)) {
        rows.add(row(mechanism.get(), configuration, folder));
      }
    }
    for (LatencyLog log : folder.latencyLogs()) {
      Optional<String> mechanism = mechanismOfName(log.name());
      if (mechanism.isPresent()) {
        rows.add(new CostRow(mechanism.get(), log.name(), Map.of(), log.mean(), log.p50(), log.p99(), Double.NaN,
            "latency log: n = " + log.mean().n() + " intervals, " + log.histogram().getTotalCount() + " requests", null));
      }
    }
    rows.sort(Comparator.comparingInt((CostRow row) -> ORDER.indexOf(row.mechanism())));
    return rows;
  }

  /** One configuration: the mean of its average-time result, the percentiles of its sample-time result. */
  private static CostRow row(String mechanism, BenchmarkKey avgtKey, ResultFolder folder) {
    BenchmarkKey sampleKey = new BenchmarkKey(avgtKey.benchmark(), "sample", avgtKey.params(), avgtKey.jvm());
    Optional<BenchmarkResult> avgt = Optional.ofNullable(folder.benchmarks().get(avgtKey));
    Optional<BenchmarkResult> sample = Optional.ofNullable(folder.benchmarks().get(sampleKey));
    Metric primary = avgt.or(() -> sample).orElseThrow().primary();
    Optional<JmhIntervals.Intervals> meanSource = folder.intervals().of(avgt.isPresent() ? avgtKey : sampleKey);
    ConfidenceInterval mean = meanSource.map(i -> i.mean().scaled(JmhUnits.toMicros(i.unit())))
        .orElse(new ConfidenceInterval(primary.score() * JmhUnits.toMicros(primary.unit()), Double.NaN,
            ConfidenceInterval.LEVEL, 1));
    Optional<JmhIntervals.Intervals> percentiles = folder.intervals().of(sampleKey);
    ConfidenceInterval p50 = percentiles.flatMap(JmhIntervals.Intervals::p50)
        .map(ci -> ci.scaled(JmhUnits.toMicros(percentiles.get().unit()))).orElse(null);
    ConfidenceInterval p99 = percentiles.flatMap(JmhIntervals.Intervals::p99)
        .map(ci -> ci.scaled(JmhUnits.toMicros(percentiles.get().unit()))).orElse(null);
    String configuration = avgtKey.shortName() + " (" + avgtKey.paramsText() + ")"
        + (folder.severalJvms() ? " @" + avgtKey.jvm() : "");
    String modes = avgt.isPresent() && sample.isPresent() ? "avgt + sample" : avgt.isPresent() ? "avgt" : "sample";
    return new CostRow(mechanism, configuration, avgtKey.params(), mean, p50, p99,
        avgt.or(() -> sample).flatMap(BenchmarkResult::allocation).map(Metric::score).orElse(Double.NaN),
        "JMH " + modes + ": n = " + mean.n() + " iterations over " + Math.max(1, primary.forks()) + " fork(s)", folder.severalJvms() ? avgtKey.jvm() : null);
  }

  /** Typical token, the reused verifier on every provider and nimbus's processor on the JDK provider. */
  private static boolean jwtConfigurationShown(BenchmarkKey key) {
    String profile = key.params().getOrDefault("profile", "TYPICAL");
    String provider = key.params().getOrDefault("provider", "JDK");
    String path = key.params().getOrDefault("path", "REUSED");
    return profile.equals("TYPICAL") && (path.equals("REUSED") || path.equals("PROCESSOR") && provider.equals("JDK"))
        && key.shortName().equals("JwtVerifyBenchmark.verify");
  }

  /** Which state mechanism a per-request benchmark measures; empty for throughput and unrelated benchmarks. */
  static Optional<String> mechanism(BenchmarkKey key) {
    String simpleClass = key.shortName();
    if (ThroughputTable.isThroughput(key)) {
      return Optional.empty();
    }
    if (simpleClass.startsWith("JwtVerify")) {
      return Optional.of(JWT);
    }
    if (simpleClass.startsWith("Jwt") || simpleClass.startsWith("Hpack") || simpleClass.startsWith("Http1")) {
      return Optional.empty();
    }
    return mechanismOfName(simpleClass);
  }

  /** The mechanism a benchmark class or latency log names: hybrid, Redis or PostgreSQL (any case). */
  private static Optional<String> mechanismOfName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.contains("hybrid")) {
      return Optional.of(HYBRID);
    }
    if (lower.contains("redis")) {
      return Optional.of(REDIS);
    }
    if (lower.contains("postgres")) {
      return Optional.of(POSTGRES);
    }
    return Optional.empty();
  }
}
