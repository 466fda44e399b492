package dev.statebench.compare;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What makes two JMH results comparable: the benchmark method, its mode, its parameter values and the label of the
 * JVM it ran on (from the file name {@code jmh-<label>.json}; empty for {@code jmh.json}).
 */
public record BenchmarkKey(String benchmark, String mode, SortedMap<String, String> params, String jvm) {

  public BenchmarkKey {
    params = Collections.unmodifiableSortedMap(new TreeMap<>(params));
  }

  /** The class and method, without the package: {@code JwtVerifyBenchmark.verify}. */
  public String shortName() {
    int method = benchmark.lastIndexOf('.');
    int type = method <= 0 ? -1 : benchmark.lastIndexOf('.', method - 1);
    return benchmark.substring(type + 1);
  }

  /** The parameters as {@code alg=ES256, path=reused}, or an empty string. */
  public String paramsText() {
    return params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
  }

  /** The text that {@code --threshold-for} patterns are matched against: full name, parameters, mode, JVM label. */
  public String matchText() {
    return benchmark + " " + paramsText() + " " + mode + (jvm.isEmpty() ? "" : " " + jvm);
  }

  /** A one-line name that is unique within a run, for exporters: {@code Jwt.verify (alg=ES256) avgt @jdk25}. */
  public String exportName() {
    String withParams = params.isEmpty() ? shortName() : shortName() + " (" + paramsText() + ")";
    return withParams + " " + mode + (jvm.isEmpty() ? "" : " @" + jvm);
  }
}
