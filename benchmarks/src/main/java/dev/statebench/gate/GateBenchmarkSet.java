package dev.statebench.gate;

import dev.statebench.jmh.GateCalibrationBenchmark;
import dev.statebench.jmh.HybridTokenBenchmark;
import dev.statebench.jmh.JwtSignBenchmark;
import dev.statebench.jmh.JwtVerifyBenchmark;
import dev.statebench.jmh.PostgresLookupBenchmark;
import dev.statebench.jmh.RedisLookupBenchmark;
import dev.statebench.jmh.RedisPipelinedLookupBenchmark;
import dev.statebench.jmh.StoreThroughputBenchmark;
import dev.statebench.run.BenchmarkProfile;
import dev.statebench.run.BenchmarkSelection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The benchmarks the gate runs each round, defined here and nowhere else.
 *
 * <ul>
 *   <li>{@link #GATE} (the default): one row per kind of cost the suite measures — HMAC and ECDSA verification on the
 *       deployable path, ECDSA signing, a Redis GET, a PostgreSQL primary-key lookup, the hybrid denylist check — plus
 *       the two calibration rows; small enough that a 15-minute budget buys enough rounds for the paired test.
 *   <li>{@link #QUICK}: every benchmark of the quick profile ({@link BenchmarkProfile#QUICK}), for an A/A check of the
 *       whole table; one round takes about as long as a quick run of both builds.
 *   <li>{@link #CALIBRATION}: only {@link GateCalibrationBenchmark}, for measuring the gate's false-alarm rate and power.
 * </ul>
 */
public enum GateBenchmarkSet {
  GATE(true, true, List.of(
      invocation(JwtVerifyBenchmark.class, "alg", List.of("HS256", "ES256"), "profile", List.of("TYPICAL"),
          "path", List.of("REUSED"), "provider", List.of("JDK")),
      invocation(JwtSignBenchmark.class, "alg", List.of("ES256"), "profile", List.of("TYPICAL"),
          "provider", List.of("JDK")),
      invocation(RedisLookupBenchmark.class, "command", List.of("GET"), "key", List.of("HIT"),
          "payload", List.of("1024"), "population", List.of("10000")),
      invocation(PostgresLookupBenchmark.class, "query", List.of("LOOKUP"), "rows", List.of("10000"),
          "logging", List.of("LOGGED"), "protocol", List.of("DEFAULT")),
      invocation(HybridTokenBenchmark.class, "step", List.of("DENYLIST"), "alg", List.of("HS256")),
      calibration())),
  QUICK(true, true, BenchmarkProfile.QUICK.selections().stream().map(GateBenchmarkSet::invocation).toList()),
  CALIBRATION(false, false, List.of(calibration()));

  private final boolean needsRedis;
  private final boolean needsPostgres;
  private final List<JmhInvocation> invocations;

  GateBenchmarkSet(boolean needsRedis, boolean needsPostgres, List<JmhInvocation> invocations) {
    this.needsRedis = needsRedis;
    this.needsPostgres = needsPostgres;
    this.invocations = invocations;
  }

  public boolean needsRedis() {
    return needsRedis;
  }

  public boolean needsPostgres() {
    return needsPostgres;
  }

  public List<JmhInvocation> invocations() {
    return invocations;
  }

  /** Parses {@code gate}, {@code quick} or {@code calibration}. */
  public static GateBenchmarkSet parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }

  /**
   * The benchmark classes whose trials create, empty and fill tables or keys on the servers. A holder class, because
   * the constants above are built before the enum's own static fields are.
   */
  private static final class ServerPopulating {
    static final Set<Class<?>> CLASSES = Set.of(RedisLookupBenchmark.class, RedisPipelinedLookupBenchmark.class,
        PostgresLookupBenchmark.class, HybridTokenBenchmark.class, StoreThroughputBenchmark.class);
  }

  private static JmhInvocation calibration() {
    return invocation(GateCalibrationBenchmark.class, "tokens", List.of("2000", "20000"));
  }

  private static JmhInvocation invocation(BenchmarkSelection selection) {
    String label = selection.benchmark().getSimpleName() + (selection.threads() > 1 ? "_t" + selection.threads() : "");
    return new JmhInvocation(label, selection.benchmark().getName(), selection.params(), selection.threads(),
        ServerPopulating.CLASSES.contains(selection.benchmark()));
  }

  private static JmhInvocation invocation(Class<?> benchmark, Object... nameValues) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> values = (List<String>) nameValues[i + 1];
      params.put((String) nameValues[i], values);
    }
    return new JmhInvocation(benchmark.getSimpleName(), benchmark.getName(), params, 1,
        ServerPopulating.CLASSES.contains(benchmark));
  }
}
