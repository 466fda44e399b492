package dev.statebench.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statebench.UserFacingException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JvmInstallationTest {

  @Test
  void current_isLabelledWithItsJavaVersionAndReportsItsVendor() {
    JvmInstallation current = JvmInstallation.current();

    assertThat(current.label()).isEqualTo("jdk" + System.getProperty("java.specification.version"));
    assertThat(current.properties()).containsEntry("java.vendor", System.getProperty("java.vendor"))
        .containsKey("java.runtime.version");
  }

  @Test
  void probe_acceptsAJdkFolderAsWellAsItsJavaExecutable() {
    Path home = Path.of(System.getProperty("java.home"));

    assertThat(JvmInstallation.probe(home).java()).isEqualTo(JvmInstallation.current().java());
  }

  @Test
  void probe_ofAFolderWithoutJava_isAUserFacingError(@TempDir Path empty) {
    assertThatThrownBy(() -> JvmInstallation.probe(empty))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("no executable java");
  }
}
