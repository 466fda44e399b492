package dev.statebench.run;

import com.sun.management.OperatingSystemMXBean;
import dev.statebench.jwt.CryptoProvider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Mode;

/**
 * The context of a run, written as {@code env.json} (format: {@code run-manifest-1.schema.json} in results-model):
 * every JVM used (vendor, version, flags), garbage collectors, OS, CPU model, flags and cores, memory, load average
 * before and after, library (incl. pgjdbc) and crypto-provider versions, server versions and settings, git commit and
 * dirty flag, profile and parameters. It holds no secrets:
 * no environment variables, no URLs with credentials.
 */
final class EnvironmentReport {
  /**
   * Libraries whose versions matter for the numbers, as (groupId, artifactId) of their Maven metadata. BouncyCastle
   * and ACCP report their versions as providers (see {@code cryptoProviders}), Tink through its {@code Version} class.
   */
  private static final String[][] LIBRARIES = {
      {"org.openjdk.jmh", "jmh-core"},
      {"com.nimbusds", "nimbus-jose-jwt"},
      {"com.fasterxml.jackson.core", "jackson-databind"},
      {"com.google.code.gson", "gson"},
      {"io.lettuce", "lettuce-core"},
      {"com.zaxxer", "HikariCP"},
      {"org.hdrhistogram", "HdrHistogram"},
      {"io.netty", "netty-common"},
      {"info.picocli", "picocli"}};

  private EnvironmentReport() {}

  /**
   * The kernel clock source behind {@code System.nanoTime()} ({@code tsc}, {@code kvm-clock}, {@code hpet}, …): it sets
   * the cost and resolution of every timestamp a benchmark or the load generator takes. Read from
   * {@code /sys/devices/system/clocksource/clocksource0/current_clocksource} (Linux); {@code unknown} elsewhere.
   */
  static String clockSource() {
    try {
      return java.nio.file.Files.readString(
          java.nio.file.Path.of("/sys/devices/system/clocksource/clocksource0/current_clocksource")).trim();
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  static Map<String, Object> describe(BenchmarkProfile profile, List<BenchmarkSelection> selections,
      List<JvmInstallation> jvms, String include, Instant started, Instant finished,
      Map<String, Object> servers, List<Double> loadBefore) {
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("format_version", 1);
    env.put("profile", profile.name().toLowerCase(Locale.ROOT));
    env.put("include", include);
    env.put("started", started.toString());
    env.put("finished", finished.toString());
    Set<String> allModes = new LinkedHashSet<>();
    List<Map<String, Object>> benchmarks = new ArrayList<>();
    for (BenchmarkSelection selection : selections) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("class", selection.benchmark().getName());
      entry.put("params", selection.params());
      List<String> modes = profile.modes(selection).stream().map(Mode::shortLabel).toList();
      allModes.addAll(modes);
      entry.put("modes", modes);
      entry.put("jvms", selection.everyJvm() ? "every" : "launcher");
      benchmarks.add(entry);
    }
    Map<String, Object> jmh = new LinkedHashMap<>();
    jmh.put("modes", List.copyOf(allModes));
    jmh.put("forks", profile.forks());
    jmh.put("warmup", profile.warmupIterations() + " x " + profile.warmupSeconds() + " s");
    jmh.put("untimedWarmupCalls", profile.untimedWarmupCalls());
    jmh.put("measurement", profile.measurementIterations() + " x " + profile.measurementSeconds() + " s");
    jmh.put("profilers", List.of("gc"));
    env.put("jmh", jmh);
    env.put("benchmarks", benchmarks);
    List<Map<String, Object>> jvmEntries = new ArrayList<>();
    for (JvmInstallation jvm : jvms) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("label", jvm.label());
      entry.put("java", jvm.java().toString());
      entry.putAll(jvm.properties());
      entry.put("flags", HostFacts.jvmFlags());
      jvmEntries.add(entry);
    }
    env.put("jvms", jvmEntries);
    env.put("launcherJvm", System.getProperty("java.vendor") + " " + System.getProperty("java.runtime.version"));
    env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch"));
    Map<String, Object> cpu = new LinkedHashMap<>();
    cpu.put("logicalCores", Runtime.getRuntime().availableProcessors());
    cpu.put("model", cpuModel());
    cpu.put("flags", HostFacts.cpuFlags());
    env.put("cpu", cpu);
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    env.put("memoryBytes", os.getTotalMemorySize());
    env.put("libraries", libraryVersions());
    env.put("cryptoProviders", cryptoProviders());
    env.put("servers", servers);
    env.put("clockSource", clockSource());
    env.put("git", git());
    List<Double> loadAfter = HostFacts.loadAverage();
    if (loadBefore != null && loadAfter != null) {
      env.put("loadAverage", Map.of("before", loadBefore, "after", loadAfter));
    }
    env.put("garbageCollectors", HostFacts.garbageCollectors());
    return env;
  }

  private static String cpuModel() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    try {
      if (Files.isReadable(cpuinfo)) {
        for (String line : Files.readAllLines(cpuinfo, StandardCharsets.UTF_8)) {
          if (line.startsWith("model name")) {
            return line.substring(line.indexOf(':') + 1).trim();
          }
        }
      }
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
    return "unknown (" + System.getProperty("os.arch") + ")";
  }

  private static Map<String, String> libraryVersions() {
    Map<String, String> versions = new LinkedHashMap<>();
    for (String[] library : LIBRARIES) {
      String resource = "/META-INF/maven/" + library[0] + "/" + library[1] + "/pom.properties";
      try (InputStream in = EnvironmentReport.class.getResourceAsStream(resource)) {
        if (in == null) {
          versions.put(library[1], "unknown");
          continue;
        }
        Properties properties = new Properties();
        properties.load(in);
        versions.put(library[1], properties.getProperty("version", "unknown"));
      } catch (IOException e) {
        versions.put(library[1], "unknown");
      }
    }
    // pgjdbc's shaded copy carries no Maven metadata; its driver reports its own version
    versions.put("postgresql", org.postgresql.util.DriverInfo.DRIVER_VERSION);
    versions.put("tink", com.google.crypto.tink.Version.TINK_VERSION);
    return versions;
  }

  private static Map<String, String> cryptoProviders() {
    Map<String, String> providers = new LinkedHashMap<>();
    for (CryptoProvider provider : CryptoProvider.values()) {
      String reason = provider.unavailableReason();
      providers.put(provider.name(), reason == null ? provider.describe() : reason);
    }
    return providers;
  }

  /** The git commit of the working directory, or {@code unknown} outside a checkout. */
  static String gitCommit() {
    String commit = runGit("rev-parse", "HEAD");
    return commit == null ? "unknown" : commit.trim();
  }

  private static Map<String, Object> git() {
    Map<String, Object> git = new LinkedHashMap<>();
    String commit = runGit("rev-parse", "HEAD");
    git.put("commit", commit == null ? "unknown" : commit.trim());
    String status = runGit("status", "--porcelain", "--untracked-files=no");
    git.put("dirty", status == null ? "unknown" : !status.isBlank());
    return git;
  }

  private static String runGit(String... args) {
    List<String> command = new ArrayList<>();
    command.add("git");
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 ? output : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
