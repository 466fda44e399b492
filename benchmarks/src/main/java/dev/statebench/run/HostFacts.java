package dev.statebench.run;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Facts about the machine and the launcher JVM that put a run's numbers in context: the CPU's instruction-set flags
 * (AES-NI, AVX2, SHA extensions change crypto speed), the load average (a busy machine skews every figure; see
 * proc(5), https://man7.org/linux/man-pages/man5/proc.5.html), the garbage collectors and the JVM flags benchmark
 * forks inherit (JMH forks start with the launcher's flags unless told otherwise).
 */
final class HostFacts {
  private HostFacts() {}

  /** The CPU flags of the first processor in {@code /proc/cpuinfo}; empty where the OS has no such file. */
  static List<String> cpuFlags() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    try {
      if (Files.isReadable(cpuinfo)) {
        for (String line : Files.readAllLines(cpuinfo, StandardCharsets.UTF_8)) {
          if (line.startsWith("flags")) {
            return Arrays.asList(line.substring(line.indexOf(':') + 1).trim().split("\\s+"));
          }
        }
      }
    } catch (IOException e) {
      return List.of();
    }
    return List.of();
  }

  /** The 1-, 5- and 15-minute load averages now, or null where the OS does not report them. */
  static List<Double> loadAverage() {
    Path loadavg = Path.of("/proc/loadavg");
    try {
      if (Files.isReadable(loadavg)) {
        String[] fields = Files.readString(loadavg, StandardCharsets.UTF_8).trim().split("\\s+");
        return List.of(Double.parseDouble(fields[0]), Double.parseDouble(fields[1]), Double.parseDouble(fields[2]));
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    double one = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return one < 0 ? null : List.of(one);
  }

  /** The launcher JVM's garbage collectors, e.g. "G1 Young Generation". */
  static List<String> garbageCollectors() {
    List<String> names = new ArrayList<>();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      names.add(gc.getName());
    }
    return names;
  }

  /**
   * The launcher JVM's flags, which JMH forks inherit, without system properties: a {@code -D} may carry a URL or a
   * password, and the server settings are recorded separately.
   */
  static List<String> jvmFlags() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(a -> !a.startsWith("-D")).toList();
  }
}
