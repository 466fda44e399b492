package dev.statebench.gate;

import dev.statebench.UserFacingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One side of the A/B comparison: a statebench jar and the extra JVM arguments its benchmark forks get (for example
 * {@code -Dstatebench.calibration.slowdown=10}, which makes the calibration benchmark a known amount slower).
 *
 * @param side {@code base} or {@code new}, used in file names and reports
 */
public record BuildUnderTest(String side, Path jar, List<String> forkJvmArgs) {
  public static final String BASE = "base";
  public static final String NEW = "new";

  public BuildUnderTest {
    forkJvmArgs = List.copyOf(forkJvmArgs);
  }

  /**
   * The jar of a build: the path itself when it is a file, else {@code benchmarks/target/benchmarks.jar} or
   * {@code target/benchmarks.jar} under the folder (a checkout or the benchmarks module).
   */
  public static Path findJar(Path jarOrDirectory) {
    if (Files.isRegularFile(jarOrDirectory)) {
      return jarOrDirectory.toAbsolutePath();
    }
    if (!Files.isDirectory(jarOrDirectory)) {
      throw new UserFacingException(jarOrDirectory + " does not exist (expected a benchmarks.jar or a built checkout)");
    }
    for (Path candidate : List.of(Path.of("benchmarks", "target", "benchmarks.jar"),
        Path.of("target", "benchmarks.jar"))) {
      Path jar = jarOrDirectory.resolve(candidate);
      if (Files.isRegularFile(jar)) {
        return jar.toAbsolutePath();
      }
    }
    throw new UserFacingException(jarOrDirectory + " has no benchmarks/target/benchmarks.jar; build it first with "
        + "'./mvnw -B -DskipTests package' in that checkout");
  }
}
