package dev.statebench.results.env;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The run manifest ({@code env.json}): what ran, where and with what, so every number can be put in context and
 * reproduced. It holds no secrets (no environment variables, no passwords in URLs). Fields added after the first
 * reference run (CPU flags, load average, JVM flags, garbage collectors, server settings) are null in older files.
 *
 * @param formatVersion {@code format_version}; null in files that predate it (format 1)
 * @param include the benchmark filter the run was given, or null for all
 * @param started ISO-8601 instant the run started
 * @param finished ISO-8601 instant the run ended
 * @param launcherJvm the JVM that ran the statebench tool itself
 * @param memoryBytes physical memory of the machine
 * @param libraries versions of the libraries whose code is timed, by artifact id
 * @param cryptoProviders crypto provider versions (or why one is unavailable), by provider
 * @param loadAverage the machine's load average before and after the run
 * @param garbageCollectors the collectors of the benchmark JVMs
 * @param clockSource the kernel clock source the timings were read from (null in files that predate it)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunManifest(
    @JsonProperty("format_version") Integer formatVersion,
    @JsonProperty("profile") String profile,
    @JsonProperty("include") String include,
    @JsonProperty("started") String started,
    @JsonProperty("finished") String finished,
    @JsonProperty("jmh") JmhSettings jmh,
    @JsonProperty("benchmarks") List<BenchmarkSelection> benchmarks,
    @JsonProperty("jvms") List<JvmDescription> jvms,
    @JsonProperty("launcherJvm") String launcherJvm,
    @JsonProperty("os") String os,
    @JsonProperty("cpu") Cpu cpu,
    @JsonProperty("memoryBytes") long memoryBytes,
    @JsonProperty("libraries") Map<String, String> libraries,
    @JsonProperty("cryptoProviders") Map<String, String> cryptoProviders,
    @JsonProperty("servers") Map<String, ServerDescription> servers,
    @JsonProperty("git") GitState git,
    @JsonProperty("loadAverage") LoadAverage loadAverage,
    @JsonProperty("garbageCollectors") List<String> garbageCollectors,
    @JsonProperty("clockSource") String clockSource) {

  /** The format this module writes. */
  public static final int CURRENT_FORMAT = 1;

  /**
   * JMH settings of the profile: modes, forks, iterations and profilers; {@code untimedWarmupCalls} (absent in runs
   * before it existed) is the count-based warm-up, untimed calls of the measured operation before the timed warm-up.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record JmhSettings(
      @JsonProperty("modes") List<String> modes,
      @JsonProperty("forks") int forks,
      @JsonProperty("measurement") String measurement,
      @JsonProperty("warmup") String warmup,
      @JsonProperty("untimedWarmupCalls") Integer untimedWarmupCalls,
      @JsonProperty("profilers") List<String> profilers) {}

  /**
   * One benchmark class and the parameter values it ran with; {@code modes} (JMH's short names) and {@code jvms}
   * ({@code every} or {@code launcher}: whether it also ran on the JVMs added with {@code --jvm}) are absent in runs
   * before they existed.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record BenchmarkSelection(
      @JsonProperty("class") String benchmarkClass,
      @JsonProperty("params") Map<String, List<String>> params,
      @JsonProperty("modes") List<String> modes,
      @JsonProperty("jvms") String jvms) {}

  /** CPU model, logical cores and (where the OS reports them) the instruction-set flags. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Cpu(
      @JsonProperty("logicalCores") int logicalCores,
      @JsonProperty("model") String model,
      @JsonProperty("flags") List<String> flags) {}

  /** The commit the run was built from, and whether the working tree had uncommitted changes. */
  public record GitState(@JsonProperty("commit") String commit, @JsonProperty("dirty") Object dirty) {}

  /** 1-, 5- and 15-minute load averages before and after the run (a busy machine skews every figure). */
  public record LoadAverage(@JsonProperty("before") List<Double> before, @JsonProperty("after") List<Double> after) {}
}
