package dev.statebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The request-head parse-cost rows from the hand-written fixture {@code cpu-rows/jmh.json}. */
class ParseCostSectionTest {
  @TempDir
  Path dir;

  @Test
  void parseCost_showsEveryCredentialPerParserWithIntervalNAndRatioToTheOpaqueCookie() throws Exception {
    String md = ParseCostSection.render(CpuRowsFixture.folder(dir, "jmh.json"));

    assertThat(md).contains("| parser | credential | token algorithm | JVM | ns per request head ± 95% CI | "
        + "n (iterations) | ÷ opaque cookie, same parser |");
    // 790 800 810 / 795 800 805 ns: mean 800, half-width 7.42 (n = 6, t(0.975, 5) = 2.5706)
    assertThat(md).contains("| HTTP/1.1 (Netty HttpRequestDecoder) | OPAQUE_COOKIE | RS256 | jdk17 | 800 ± 7.42 | 6 | "
        + "1.00 |");
    // ten times the spread: 74.2; 1200 / 800 = 1.5
    assertThat(md).contains("| HTTP/1.1 (Netty HttpRequestDecoder) | BEARER_TYPICAL | RS256 | jdk17 | 1,200 ± 74.2 | "
        + "6 | 1.50 |");
    // identical iterations: no spread; no opaque-cookie HPACK row to compare with
    assertThat(md).contains("| HPACK, indexed | BEARER_TYPICAL | RS256 | jdk17 | 150 ± 0 | 6 | — |");
    // 400 410 420 twice: s = sqrt(400 / 5) = 8.94, half-width 9.39
    assertThat(md).contains("| HPACK, never-indexed | BEARER_TYPICAL | RS256 | jdk17 | 410 ± 9.39 | 6 | — |");
    // the opaque cookie comes first within its parser
    assertThat(md.indexOf("| OPAQUE_COOKIE")).isLessThan(md.indexOf("| HTTP/1.1 (Netty HttpRequestDecoder) | BEARER"));
  }

  @Test
  void runWithoutParseRows_saysNotMeasured() throws Exception {
    String md = ParseCostSection.render(CpuRowsFixture.folder(dir, "jmh-stores-only.json"));

    assertThat(md).startsWith(ParseCostSection.TITLE).contains("not measured in this run").doesNotContain("|");
  }
}
