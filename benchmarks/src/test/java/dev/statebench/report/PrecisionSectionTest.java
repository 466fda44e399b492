package dev.statebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The precision check of the CPU-bound rows from the hand-written fixtures of {@code cpu-rows/}. */
class PrecisionSectionTest {
  @TempDir
  Path dir;

  @Test
  void rowsWiderThanFivePercent_areListedWidestFirstWithRatioAndN() throws Exception {
    String md = PrecisionSection.render(CpuRowsFixture.folder(dir, "jmh.json"));

    // 11 CPU-bound average-time rows; the Redis row (80 ± 80%) is not CPU-bound and not judged
    assertThat(md).contains("at most 5% of its score").contains("3 of 11 rows miss it");
    // a single iteration has no interval: listed first; then 102 / 1200 = 8.5%, then 4.96 / 62 = 8%
    int noInterval = md.indexOf("| JwtVerifyBenchmark.verify (alg=HS256, path=PROCESSOR, profile=TYPICAL, "
        + "provider=JDK) | 10.0 us/op | no interval | — | 1 (1 × 1) |");
    int parse = md.indexOf("| Http1HeadParseBenchmark.parse (algorithm=RS256, authCase=BEARER_TYPICAL) | 1,200 ns/op | "
        + "102 | 8.50% | 6 (2 × 3) |");
    int accp = md.indexOf("| JwtVerifyBenchmark.verify (alg=ES256, path=REUSED, profile=TYPICAL, provider=ACCP) | "
        + "62.0 us/op | 4.96 | 8.00% | 6 (2 × 3) |");
    assertThat(noInterval).isPositive();
    assertThat(parse).isGreaterThan(noInterval);
    assertThat(accp).isGreaterThan(parse);
    // 18 / 900 = 2%, 6 / 186 = 3.2%, 0 / 150: within the target, not listed
    assertThat(md).doesNotContain("provider=BOUNCY_CASTLE").doesNotContain("alg=EDDSA").doesNotContain("Redis");
  }

  @Test
  void allRowsWithinTheTarget_saySo() throws Exception {
    // ES256 JDK 18 / 900 = 2%, RS256 JDK 1.5 / 38 = 3.9%
    String md = PrecisionSection.render(CpuRowsFixture.folder(dir, "jmh-all-precise.json"));

    assertThat(md).contains("All 2 rows meet the target.").doesNotContain("|");
  }

  @Test
  void runWithoutCpuBoundRows_saysNotMeasured() throws Exception {
    String md = PrecisionSection.render(CpuRowsFixture.folder(dir, "jmh-stores-only.json"));

    assertThat(md).contains("not measured in this run").doesNotContain("|");
  }
}
