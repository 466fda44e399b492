package dev.statebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FleetLabSectionTest {
  @TempDir
  Path run;

  @Test
  void runWithTheLabsValidationTable_showsItUnderItsExplanation() throws Exception {
    Path committed = Path.of("..", "results", "fleet-lab", "validation.md");
    Files.createDirectories(run.resolve("fleet-lab"));
    Files.copy(committed, run.resolve("fleet-lab").resolve("validation.md"));

    String section = FleetLabSection.render(run);

    assertThat(section).contains("prediction interval").endsWith(Files.readString(committed));
  }

  @Test
  void runWithoutTheLab_saysWhyAndHowToRunIt() {
    assertThat(FleetLabSection.render(run)).contains("Not run in this profile").contains("HAProxy");
  }
}
