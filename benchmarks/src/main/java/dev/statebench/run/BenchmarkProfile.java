package dev.statebench.run;

import dev.statebench.jmh.HpackDecodeBenchmark;
import dev.statebench.jmh.Http1HeadParseBenchmark;
import dev.statebench.jmh.HybridTokenBenchmark;
import dev.statebench.jmh.JwtKeyRingBenchmark;
import dev.statebench.jmh.LatencyLogCalibrationBenchmark;
import dev.statebench.jmh.JwtSignBenchmark;
import dev.statebench.jmh.JwtVerifyBenchmark;
import dev.statebench.jmh.PostgresLookupBenchmark;
import dev.statebench.jmh.RedisLookupBenchmark;
import dev.statebench.jmh.RedisPipelinedLookupBenchmark;
import dev.statebench.jmh.StoreThroughputBenchmark;
import dev.statebench.jwt.JwtAlgorithm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.annotations.Mode;

/**
 * The run profiles of {@code statebench run}, defined here and nowhere else: forks, warm-up, measurement, modes and
 * the parameter values of every benchmark class. Other suites (session stores, header bloat) add their selections here.
 *
 * <ul>
 *   <li>{@link #SMOKE}: does everything run? About a minute per JVM; numbers are indicative only.
 *   <li>{@link #QUICK}: the main table (HS256/RS256/ES256/EdDSA × TYPICAL × REUSED/PROCESSOR/JCA_BASELINE × JDK
 *       provider, signing, Redis GET and PostgreSQL primary-key lookup of a 1 KiB session among 10k, the hybrid), one
 *       fork, average and sample time, in under ten minutes: for CI regression tracking and the report's main table.
 *   <li>{@link #FULL}: every axis one factor at a time around a baseline, three forks, each row in the mode it needs
 *       (average time for CPU-bound rows, sample time for latency rows, both for the main JWT rows), about 40 minutes
 *       on a 2-core machine for the launcher's JVM; a JVM added with {@code --jvm} runs the rows where the JVM is what
 *       is compared (JWT verification and signing, the crypto providers), about 10 minutes more. For published tables.
 * </ul>
 *
 * <p>Warm-up is time-based (JMH iterations) and count-based ({@link #untimedWarmupCalls()} untimed calls of the
 * measured operation before them, in the JWT and hybrid benchmarks), so the slowest configuration — ES256 on the JDK
 * provider, about 0.9 ms a call on JDK 17 — is compiled before it is timed.
 */
public enum BenchmarkProfile {
  SMOKE(1, 1, 1, 2, 1, false, 0, List.of(
      new BenchmarkSelection(JwtVerifyBenchmark.class, params(
          "alg", List.of("HS256", "ES256"), "profile", List.of("TYPICAL"),
          "path", List.of("REUSED", "PROCESSOR"), "provider", List.of("JDK"))),
      new BenchmarkSelection(JwtSignBenchmark.class, params(
          "alg", List.of("HS256", "ES256"), "profile", List.of("TYPICAL"), "provider", List.of("JDK"))),
      redisLookup(List.of("GET"), List.of("HIT"), List.of("1024"), List.of("10000")),
      postgresLookup(List.of("LOOKUP"), List.of("10000"), List.of("LOGGED"), List.of("DEFAULT")),
      hybrid(List.of("DENYLIST"), List.of("HS256")))),
  QUICK(1, 2, 1, 3, 2, true, 1000, List.of(
      new BenchmarkSelection(JwtVerifyBenchmark.class, params(
          "alg", List.of("HS256", "RS256", "ES256", "EDDSA"), "profile", List.of("TYPICAL"),
          "path", List.of("REUSED", "PROCESSOR", "JCA_BASELINE"), "provider", List.of("JDK"))),
      new BenchmarkSelection(JwtSignBenchmark.class, params(
          "alg", List.of("HS256", "RS256", "ES256", "EDDSA"), "profile", List.of("TYPICAL"),
          "provider", List.of("JDK"))),
      redisLookup(List.of("GET"), List.of("HIT"), List.of("1024"), List.of("10000")),
      postgresLookup(List.of("LOOKUP"), List.of("10000"), List.of("LOGGED"), List.of("DEFAULT")),
      hybrid(List.of("DENYLIST"), List.of("HS256", "ES256")),
      new BenchmarkSelection(LatencyLogCalibrationBenchmark.class, params()))),
  /**
   * One factor at a time: a baseline configuration of each benchmark plus each axis varied alone, so the whole
   * profile fits in about 40 minutes on a 2-core machine with three forks of 2 × 1 s warm-up (after 3,000 untimed
   * calls) and 4 × 1 s measurement: n = 12 iterations per row.
   */
  FULL(3, 2, 1, 4, 1, true, 3000, fullSelections());

  private final int forks;
  private final int warmupIterations;
  private final int warmupSeconds;
  private final int measurementIterations;
  private final int measurementSeconds;
  private final boolean sampleTime;
  private final int untimedWarmupCalls;
  private final List<BenchmarkSelection> selections;

  BenchmarkProfile(int forks, int warmupIterations, int warmupSeconds, int measurementIterations,
      int measurementSeconds, boolean sampleTime, int untimedWarmupCalls, List<BenchmarkSelection> selections) {
    this.forks = forks;
    this.warmupIterations = warmupIterations;
    this.warmupSeconds = warmupSeconds;
    this.measurementIterations = measurementIterations;
    this.measurementSeconds = measurementSeconds;
    this.sampleTime = sampleTime;
    this.untimedWarmupCalls = untimedWarmupCalls;
    this.selections = selections;
  }

  public int forks() {
    return forks;
  }

  public int warmupIterations() {
    return warmupIterations;
  }

  public int warmupSeconds() {
    return warmupSeconds;
  }

  public int measurementIterations() {
    return measurementIterations;
  }

  public int measurementSeconds() {
    return measurementSeconds;
  }

  /** {@code true} if the profile also records JMH sample time (latency percentiles) besides average time. */
  public boolean sampleTime() {
    return sampleTime;
  }

  /** Untimed calls of the measured operation before the timed warm-up, per trial (the count-based warm-up). */
  public int untimedWarmupCalls() {
    return untimedWarmupCalls;
  }

  public List<BenchmarkSelection> selections() {
    return selections;
  }

  /** The JMH modes that time {@code selection} in this profile. */
  public List<Mode> modes(BenchmarkSelection selection) {
    return selection.timing().resolve(sampleTime);
  }

  /** Rough wall-clock seconds on the launcher's JVM: trials × forks × (iterations × seconds + JVM start and set-up). */
  public long estimatedSecondsPerJvm(List<BenchmarkSelection> chosen) {
    long trials = chosen.stream().mapToLong(s -> (long) s.combinations() * modes(s).size()).sum();
    long perTrial = (long) warmupIterations * warmupSeconds + (long) measurementIterations * measurementSeconds + 3;
    return trials * forks * perTrial;
  }

  /** Rough wall-clock seconds on the launcher's JVM and {@code otherJvms} more (which run the selections marked so). */
  public long estimatedSeconds(List<BenchmarkSelection> chosen, int otherJvms) {
    return estimatedSecondsPerJvm(chosen)
        + otherJvms * estimatedSecondsPerJvm(chosen.stream().filter(BenchmarkSelection::everyJvm).toList());
  }

  /** Parses {@code smoke}, {@code quick} or {@code full}. */
  public static BenchmarkProfile parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown profile '" + text + "'; expected smoke, quick or full");
    }
  }

  private static List<BenchmarkSelection> fullSelections() {
    List<String> mainAlgs = List.of("HS256", "RS256", "ES256", "EDDSA");
    List<String> typical = List.of("TYPICAL");
    List<String> jdk = List.of("JDK");
    List<String> otherAlgs = Arrays.stream(JwtAlgorithm.values()).map(Enum::name)
        .filter(alg -> !mainAlgs.contains(alg)).toList();
    List<BenchmarkSelection> full = new ArrayList<>(List.of(
        // JWT verification on the deployable fast path: the main algorithms with percentiles, every other algorithm
        // by its mean; these and the providers below also run on every JVM added with --jvm (the JDK is what they
        // compare). Then the paths for the main algorithms and the token profiles, one axis at a time.
        verify(mainAlgs, typical, List.of("REUSED"), jdk),
        verify(otherAlgs, typical, List.of("REUSED"), jdk).timedBy(TimingModes.AVERAGE),
        verify(mainAlgs, typical, List.of("PROCESSOR", "JCA_BASELINE"), jdk).timedBy(TimingModes.AVERAGE)
            .launcherJvmOnly(),
        verify(List.of("HS256", "RS256", "ES256"), List.of("FAT", "GROUPS_200"), List.of("REUSED"), jdk)
            .timedBy(TimingModes.AVERAGE).launcherJvmOnly(),
        // Providers for the algorithms nimbus verifies through the JCA provider; EdDSA has no provider axis because
        // nimbus verifies Ed25519 through Tink whatever provider is configured.
        verify(List.of("RS256", "ES256"), typical, List.of("REUSED"), List.of("BOUNCY_CASTLE", "ACCP"))
            .timedBy(TimingModes.AVERAGE),
        new BenchmarkSelection(JwtKeyRingBenchmark.class, params(
            "alg", List.of("HS256", "ES256"), "path", List.of("PROCESSOR"), "keys", List.of("1", "10"),
            "profile", typical, "provider", jdk)).timedBy(TimingModes.AVERAGE).launcherJvmOnly(),
        new BenchmarkSelection(JwtSignBenchmark.class, params(
            "alg", mainAlgs, "profile", typical, "provider", jdk)).timedBy(TimingModes.AVERAGE),
        // Redis: baseline GET, HIT, 1 KiB, 10k sessions; then command, key, payload and population alone. Latency
        // rows: sample time gives their mean and percentiles.
        redisLookup(List.of("GET", "GETEX", "HGETALL"), List.of("HIT"), List.of("1024"), List.of("10000")),
        redisLookup(List.of("GET"), List.of("MISS"), List.of("1024"), List.of("10000")),
        redisLookup(List.of("GET"), List.of("HIT"), List.of("128", "8192"), List.of("10000")),
        redisLookup(List.of("GET"), List.of("HIT"), List.of("1024"), List.of("1000000")),
        new BenchmarkSelection(RedisPipelinedLookupBenchmark.class, params("inFlight", List.of("1", "8", "32")))
            .timedBy(TimingModes.AVERAGE).launcherJvmOnly(),
        // PostgreSQL: baseline LOOKUP, 10k rows, logged, pgjdbc defaults; then each axis alone.
        postgresLookup(List.of("LOOKUP", "EXTEND", "EXISTS"), List.of("10000"), List.of("LOGGED"), List.of("DEFAULT")),
        postgresLookup(List.of("LOOKUP"), List.of("1000000"), List.of("LOGGED"), List.of("DEFAULT")),
        postgresLookup(List.of("LOOKUP", "EXTEND"), List.of("10000"), List.of("UNLOGGED"), List.of("DEFAULT")),
        // PREPARE_FIRST is left out: from pgjdbc's fifth execution on it is the same server-prepared statement as
        // DEFAULT, so the rows were identical.
        postgresLookup(List.of("LOOKUP"), List.of("10000"), List.of("LOGGED"), List.of("SIMPLE")),
        // Hybrid: the denylist for the main algorithms, the per-user epoch, and the refresh step.
        hybrid(List.of("DENYLIST"), List.of("HS256", "RS256", "ES256")),
        hybrid(List.of("USER_EPOCH"), List.of("HS256")),
        hybrid(List.of("REFRESH"), List.of("HS256", "ES256")),
        // What parsing the request head costs per credential: HTTP/1.1 and HPACK (both indexing policies).
        new BenchmarkSelection(Http1HeadParseBenchmark.class, params(
            "authCase", List.of("OPAQUE_COOKIE", "BEARER_TYPICAL"), "algorithm", List.of("RS256")))
            .timedBy(TimingModes.AVERAGE).launcherJvmOnly(),
        new BenchmarkSelection(HpackDecodeBenchmark.class, params(
            "authCase", List.of("BEARER_TYPICAL"), "algorithm", List.of("RS256"),
            "indexing", List.of("INDEXED", "NEVER_INDEXED"))).timedBy(TimingModes.AVERAGE).launcherJvmOnly(),
        // The latency log's own cost, on this machine and clock source.
        new BenchmarkSelection(LatencyLogCalibrationBenchmark.class, params()).timedBy(TimingModes.AVERAGE)
            .launcherJvmOnly()));
    // Throughput against threads (the machine has 2 cores: it saturates), each client with its pool sized to the
    // threads: Redis through one shared lettuce connection, a lettuce connection per thread and a Jedis pool;
    // PostgreSQL through HikariCP.
    for (int threads : new int[] {1, 2, 8}) {
      full.add(throughput(List.of("REDIS", "REDIS_LETTUCE_PER_THREAD", "REDIS_JEDIS", "POSTGRES", "JWT_HS256"),
          List.of(Integer.toString(threads)), threads).timedBy(TimingModes.AVERAGE).launcherJvmOnly());
    }
    return List.copyOf(full);
  }

  private static BenchmarkSelection verify(List<String> algs, List<String> profiles, List<String> paths,
      List<String> providers) {
    return new BenchmarkSelection(JwtVerifyBenchmark.class, params(
        "alg", algs, "profile", profiles, "path", paths, "provider", providers));
  }

  /** A Redis lookup row: sample time in the full profile (its mean and percentiles), the launcher's JVM only. */
  private static BenchmarkSelection redisLookup(List<String> commands, List<String> keys, List<String> payloads,
      List<String> populations) {
    return new BenchmarkSelection(RedisLookupBenchmark.class, params(
        "command", commands, "key", keys, "payload", payloads, "population", populations))
        .timedBy(TimingModes.SAMPLE).launcherJvmOnly();
  }

  private static BenchmarkSelection postgresLookup(List<String> queries, List<String> rows, List<String> logging,
      List<String> protocols) {
    return new BenchmarkSelection(PostgresLookupBenchmark.class, params(
        "query", queries, "rows", rows, "logging", logging, "protocol", protocols))
        .timedBy(TimingModes.SAMPLE).launcherJvmOnly();
  }

  private static BenchmarkSelection hybrid(List<String> steps, List<String> algs) {
    return new BenchmarkSelection(HybridTokenBenchmark.class, params("step", steps, "alg", algs))
        .timedBy(TimingModes.SAMPLE).launcherJvmOnly();
  }

  private static BenchmarkSelection throughput(List<String> targets, List<String> pools, int threads) {
    return new BenchmarkSelection(StoreThroughputBenchmark.class, params("target", targets, "pool", pools), threads);
  }

  private static Map<String, List<String>> params(Object... nameValues) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      @SuppressWarnings("unchecked")
      List<String> values = (List<String>) nameValues[i + 1];
      params.put((String) nameValues[i], values);
    }
    return params;
  }
}
