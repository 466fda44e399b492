package dev.statebench.run;

import dev.statebench.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A JVM that benchmark forks run on, identified by asking it for its system properties
 * ({@code java -XshowSettings:properties -version}).
 *
 * @param java the {@code java} executable
 * @param label short name used in file names and tables, e.g. {@code jdk17}
 * @param properties vendor, version and VM properties, as the JVM reports them
 */
public record JvmInstallation(Path java, String label, Map<String, String> properties) {
  private static final List<String> RECORDED = List.of("java.version", "java.vendor", "java.vm.name",
      "java.vm.version", "java.runtime.version", "java.specification.version", "java.home");

  /** The JVM running this process. */
  public static JvmInstallation current() {
    return probe(Path.of(System.getProperty("java.home"), "bin", "java"));
  }

  /**
   * Probes {@code location}: a {@code java} executable or a JDK home folder.
   *
   * @throws UserFacingException if it is not a runnable JVM
   */
  public static JvmInstallation probe(Path location) {
    Path java = Files.isDirectory(location) ? location.resolve("bin").resolve("java") : location;
    if (!Files.isExecutable(java)) {
      throw new UserFacingException("--jvm " + location + ": no executable java there (give a JDK folder or its "
          + "bin/java)");
    }
    try {
      Process process = new ProcessBuilder(java.toString(), "-XshowSettings:properties", "-version")
          .redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new UserFacingException("--jvm " + location + ": '" + java + " -version' failed");
      }
      Map<String, String> properties = new LinkedHashMap<>();
      for (String line : output.split("\\R")) {
        int equals = line.indexOf(" = ");
        if (equals > 0) {
          String key = line.substring(0, equals).trim();
          if (RECORDED.contains(key)) {
            properties.put(key, line.substring(equals + 3).trim());
          }
        }
      }
      String spec = properties.get("java.specification.version");
      if (spec == null) {
        throw new UserFacingException("--jvm " + location + ": could not read its Java version");
      }
      return new JvmInstallation(java.toRealPath(), "jdk" + spec, properties);
    } catch (IOException e) {
      throw new UserFacingException("--jvm " + location + ": cannot run it: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserFacingException("interrupted while probing --jvm " + location, e);
    }
  }

  /** The same JVM under another label (to keep labels unique when two JVMs share a Java version). */
  public JvmInstallation relabel(String newLabel) {
    return new JvmInstallation(java, newLabel, properties);
  }
}
