package dev.statebench.run;

import dev.statebench.jmh.JwtKeyRingBenchmark;
import dev.statebench.jmh.JwtSignBenchmark;
import dev.statebench.jmh.JwtVerifyBenchmark;
import dev.statebench.jwt.CryptoProvider;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.TokenProfile;
import dev.statebench.jwt.VerifyPath;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run profiles of {@code statebench run}, defined here and nowhere else: forks, warm-up, measurement, modes and
 * the parameter values of every benchmark class. Other suites (session stores, header bloat) add their selections here.
 *
 * <ul>
 *   <li>{@link #SMOKE}: does everything run? About a minute per JVM; numbers are indicative only.
 *   <li>{@link #QUICK}: the main axes (HS256/RS256/ES256/EdDSA × TYPICAL × REUSED/PROCESSOR/JCA_BASELINE × JDK provider,
 *       plus signing) in a few minutes per JVM: for CI regression tracking.
 *   <li>{@link #FULL}: every axis, two forks, average and sample time (percentiles): hours; for published tables.
 * </ul>
 */
public enum BenchmarkProfile {
  SMOKE(1, 1, 1, 2, 1, false, List.of(
      new BenchmarkSelection(JwtVerifyBenchmark.class, params(
          "alg", List.of("HS256", "ES256"), "profile", List.of("TYPICAL"),
          "path", List.of("REUSED", "PROCESSOR"), "provider", List.of("JDK"))),
      new BenchmarkSelection(JwtSignBenchmark.class, params(
          "alg", List.of("HS256", "ES256"), "profile", List.of("TYPICAL"), "provider", List.of("JDK"))))),
  QUICK(1, 2, 1, 3, 2, false, List.of(
      new BenchmarkSelection(JwtVerifyBenchmark.class, params(
          "alg", List.of("HS256", "RS256", "ES256", "EDDSA"), "profile", List.of("TYPICAL"),
          "path", List.of("REUSED", "PROCESSOR", "JCA_BASELINE"), "provider", List.of("JDK"))),
      new BenchmarkSelection(JwtSignBenchmark.class, params(
          "alg", List.of("HS256", "RS256", "ES256", "EDDSA"), "profile", List.of("TYPICAL"),
          "provider", List.of("JDK"))))),
  FULL(2, 3, 2, 5, 2, true, List.of(
      new BenchmarkSelection(JwtVerifyBenchmark.class, params(
          "alg", names(JwtAlgorithm.values()), "profile", names(TokenProfile.values()),
          "path", names(VerifyPath.values()), "provider", names(CryptoProvider.values()))),
      new BenchmarkSelection(JwtKeyRingBenchmark.class, params(
          "alg", List.of("HS256", "RS256", "ES256", "EDDSA"), "path", List.of("REUSED", "PROCESSOR"),
          "keys", List.of("1", "3", "10"), "profile", List.of("TYPICAL"), "provider", List.of("JDK"))),
      new BenchmarkSelection(JwtSignBenchmark.class, params(
          "alg", names(JwtAlgorithm.values()), "profile", names(TokenProfile.values()),
          "provider", names(CryptoProvider.values())))));

  private final int forks;
  private final int warmupIterations;
  private final int warmupSeconds;
  private final int measurementIterations;
  private final int measurementSeconds;
  private final boolean sampleTime;
  private final List<BenchmarkSelection> selections;

  BenchmarkProfile(int forks, int warmupIterations, int warmupSeconds, int measurementIterations,
      int measurementSeconds, boolean sampleTime, List<BenchmarkSelection> selections) {
    this.forks = forks;
    this.warmupIterations = warmupIterations;
    this.warmupSeconds = warmupSeconds;
    this.measurementIterations = measurementIterations;
    this.measurementSeconds = measurementSeconds;
    this.sampleTime = sampleTime;
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

  public List<BenchmarkSelection> selections() {
    return selections;
  }

  /** Rough wall-clock seconds for one JVM: trials × forks × (iterations × seconds + JVM start and set-up). */
  public long estimatedSecondsPerJvm(List<BenchmarkSelection> chosen) {
    int trials = chosen.stream().mapToInt(BenchmarkSelection::combinations).sum() * (sampleTime ? 2 : 1);
    long perTrial = (long) warmupIterations * warmupSeconds + (long) measurementIterations * measurementSeconds + 3;
    return trials * forks * perTrial;
  }

  /** Parses {@code smoke}, {@code quick} or {@code full}. */
  public static BenchmarkProfile parse(String text) {
    try {
      return valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown profile '" + text + "'; expected smoke, quick or full");
    }
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

  private static List<String> names(Enum<?>[] constants) {
    return Arrays.stream(constants).map(Enum::name).toList();
  }
}
