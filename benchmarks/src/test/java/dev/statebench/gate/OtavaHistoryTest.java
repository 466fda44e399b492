package dev.statebench.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statebench.UserFacingException;
import dev.statebench.compare.AllocationRule;
import dev.statebench.compare.Thresholds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Apache Otava CSV history: a file per benchmark, a row per run, and the otava.yaml that reads them. */
class OtavaHistoryTest {
  private static final GateRules RULES = new GateRules(Thresholds.parse(0.05, List.of()), 0.01,
      MultipleComparisons.HOLM, new AllocationRule(0.02, 16), GateRules.MIN_PAIRS);

  @TempDir
  Path dir;

  private GateReport report(String name, Map<String, Double> newMedianByAlg) {
    RoundsFixture fixture = new RoundsFixture(dir.resolve(name));
    for (int round = 1; round <= 3; round++) {
      for (Map.Entry<String, Double> alg : newMedianByAlg.entrySet()) {
        double v = alg.getValue();
        fixture.avgt(round, "base", Map.of("alg", alg.getKey()), v, v, v);
        fixture.avgt(round, "new", Map.of("alg", alg.getKey()), v, v, v);
      }
    }
    return new GateJudge(RULES).judge(new RoundsReader().read(fixture.write()));
  }

  @Test
  void append_twice_addsRowsAndStartsNewBenchmarksTheirOwnFile() throws Exception {
    OtavaHistory.append(dir.resolve("h"), Instant.parse("2026-11-01T10:00:00Z"), "aaa111",
        report("one", Map.of("ES256", 12.5)));
    OtavaHistory.append(dir.resolve("h"), Instant.parse("2026-11-02T10:00:00Z"), "bbb222",
        report("two", Map.of("ES256", 13.0, "HS256", 0.75)));

    assertThat(Files.readAllLines(dir.resolve("h/JwtVerifyBenchmark.verify_alg=ES256_avgt.csv"))).containsExactly(
        "time,commit,score",
        "2026-11-01 10:00:00 +0000,aaa111,12.5000",
        "2026-11-02 10:00:00 +0000,bbb222,13.0000");
    assertThat(Files.readAllLines(dir.resolve("h/JwtVerifyBenchmark.verify_alg=HS256_avgt.csv"))).containsExactly(
        "time,commit,score",
        "2026-11-02 10:00:00 +0000,bbb222,0.750000");
  }

  @Test
  void config_hasOneCsvTestPerFileWithTimeCommitAndLowerIsBetter() throws Exception {
    OtavaHistory.append(dir.resolve("h"), Instant.parse("2026-11-01T10:00:00Z"), "aaa111",
        report("cfg", Map.of("ES256", 12.5, "HS256", 1.0)));

    assertThat(Files.readString(dir.resolve("h/otava.yaml"))).contains(
        "tests:\n"
            + "  'JwtVerifyBenchmark.verify_alg=ES256_avgt':\n"
            + "    type: csv\n"
            + "    file: JwtVerifyBenchmark.verify_alg=ES256_avgt.csv\n"
            + "    time_column: time\n"
            + "    attributes: [commit]\n"
            + "    metrics:\n"
            + "      score:\n"
            + "        direction: -1\n"
            + "  'JwtVerifyBenchmark.verify_alg=HS256_avgt':\n");
  }

  @Test
  void commitWithSeparator_isRefused() {
    assertThatThrownBy(() -> OtavaHistory.append(dir.resolve("h"), Instant.EPOCH, "a,b",
        report("bad", Map.of("ES256", 1.0)))).isInstanceOf(UserFacingException.class).hasMessageContaining("--commit");
  }
}
