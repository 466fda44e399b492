package dev.statebench.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statebench.UserFacingException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding a build's jar: a jar file, a checkout, or a clear error. */
class BuildUnderTestTest {
  @TempDir
  Path dir;

  @Test
  void checkout_resolvesToItsBenchmarksJar() throws Exception {
    Path jar = Files.createDirectories(dir.resolve("benchmarks/target")).resolve("benchmarks.jar");
    Files.writeString(jar, "jar");

    assertThat(BuildUnderTest.findJar(dir)).isEqualTo(jar.toAbsolutePath());
    assertThat(BuildUnderTest.findJar(jar)).isEqualTo(jar.toAbsolutePath());
  }

  @Test
  void unbuiltCheckout_saysHowToBuild() {
    assertThatThrownBy(() -> BuildUnderTest.findJar(dir)).isInstanceOf(UserFacingException.class)
        .hasMessageContaining("has no benchmarks/target/benchmarks.jar").hasMessageContaining("mvnw");
  }

  @Test
  void missingPath_isNamed() {
    assertThatThrownBy(() -> BuildUnderTest.findJar(dir.resolve("nope"))).isInstanceOf(UserFacingException.class)
        .hasMessageContaining("nope does not exist");
  }
}
