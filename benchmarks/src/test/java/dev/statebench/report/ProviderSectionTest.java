package dev.statebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider comparison from the hand-written fixture {@code cpu-rows/jmh.json}. */
class ProviderSectionTest {
  @TempDir
  Path dir;

  @Test
  void providers_areComparedPerAlgorithmWithIntervalsRatiosAndTheAccpHeadline() throws Exception {
    String md = ProviderSection.render(CpuRowsFixture.folder(dir, "jmh.json"));

    // ES256 JDK iterations 890 900 910 / 895 900 905: mean 900, s = sqrt(250 / 5) = 7.07, n = 6,
    // half-width t(0.975, 5) 2.5706 × 7.07 / sqrt(6) = 7.42; BouncyCastle the same shape around 1500;
    // ACCP 60 62 64 twice: s = sqrt(16 / 5) = 1.79, half-width 1.88. JDK ÷ BC = 900 / 1500, JDK ÷ ACCP = 900 / 62.
    assertThat(md).contains(
        "| ES256 @ jdk17 | 900 ± 7.42 (6) | 1,500 ± 7.42 (6) | 62.0 ± 1.88 (6) | 0.600 | 14.5 |");
    // RS256: 37 38 39 twice → s = sqrt(4 / 5), half-width 0.939; no BouncyCastle row in the fixture
    assertThat(md).contains(
        "| RS256 @ jdk17 | 38.0 ± 0.939 (6) | not measured in this run | 20.0 ± 0.939 (6) | — | 1.90 |");
    assertThat(md).contains("- ES256 @ jdk17: ACCP verifies in 62.0 µs, the JDK provider in 900 µs (14.5× as fast).");
    // EdDSA has no provider axis; a JDK-only algorithm is no comparison
    assertThat(md).doesNotContain("EDDSA").doesNotContain("HS256");
  }

  @Test
  void runWithoutProviderRows_saysNotMeasured() throws Exception {
    String md = ProviderSection.render(CpuRowsFixture.folder(dir, "jmh-stores-only.json"));

    assertThat(md).startsWith(ProviderSection.TITLE).contains("not measured in this run").doesNotContain("|");
  }
}
