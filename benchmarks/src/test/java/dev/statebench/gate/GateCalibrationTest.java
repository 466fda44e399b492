package dev.statebench.gate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.compare.AllocationRule;
import dev.statebench.compare.Thresholds;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calibration's bookkeeping: order of comparisons, what counts as detection and as false alarm, the rates. */
class GateCalibrationTest {
  private static final String CALIBRATION = GateCalibration.CALIBRATION_CLASS + ".work";
  private static final GateRules RULES = new GateRules(Thresholds.parse(0.05, List.of()), 0.01,
      MultipleComparisons.HOLM, new AllocationRule(0.02, 16), GateRules.MIN_PAIRS);

  @TempDir
  Path dir;

  @Test
  void order_takesTurnsBetweenKinds() {
    GateCalibration.Design design = new GateCalibration.Design(2, 1, List.of(5, 10), null);

    assertThat(GateCalibration.order(design)).containsExactly(0, 5, 10, 0);
  }

  @Test
  void order_withASlowerJar_isOneKind() {
    GateCalibration.Design design = new GateCalibration.Design(1, 2, List.of(5, 10), Path.of("slow.jar"));

    assertThat(GateCalibration.order(design)).containsExactly(0, -1, -1);
  }

  @Test
  void outcome_countsSlowedRowsAsDetectionsAndOtherRowsAsFalseAlarms() {
    // Calibration row 20% slower in every round (detected); JWT row 30% faster in every round (an unchanged row
    // flagged: a false alarm); both with zero spread, so the test is decisive.
    RoundsFixture fixture = new RoundsFixture(dir.resolve("cal"));
    for (int round = 1; round <= 3; round++) {
      fixture.iterations(round, "base", CALIBRATION, "avgt", Map.of("tokens", "2000"), "us/op",
          new double[] {4, 4, 4}, Double.NaN);
      fixture.iterations(round, "new", CALIBRATION, "avgt", Map.of("tokens", "2000"), "us/op",
          new double[] {4.8, 4.8, 4.8}, Double.NaN);
      fixture.avgt(round, "base", Map.of("alg", "ES256"), 10, 10, 10);
      fixture.avgt(round, "new", Map.of("alg", "ES256"), 7, 7, 7);
    }
    GateReport report = new GateJudge(RULES).judge(new RoundsReader().read(fixture.write()));
    InterleavedGate.Result result = new InterleavedGate.Result(report,
        new InterleavedRunner.Outcome(3, List.of(), Duration.ofSeconds(60)));

    GateCalibration.Outcome ab = GateCalibration.outcome(1, 20, result);
    GateCalibration.Outcome aa = GateCalibration.outcome(2, 0, result);

    assertThat(ab.slowedRows()).isEqualTo(1);
    assertThat(ab.detected()).isEqualTo(1);
    assertThat(ab.measuredSlowdown()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(ab.otherRows()).isEqualTo(1);
    assertThat(ab.falseAlarms()).isEqualTo(1);
    // In A/A nothing is slowed: both flagged rows are false alarms.
    assertThat(aa.slowedRows()).isZero();
    assertThat(aa.falseAlarms()).isEqualTo(2);
  }

  @Test
  void rejudge_readsStoredComparisonsByFolderName() {
    // cmp01-aa: calibration row unchanged; cmp02-ab10: the same row 10% slower in every round.
    for (String name : List.of("cmp01-aa", "cmp02-ab10")) {
      double factor = name.endsWith("ab10") ? 1.1 : 1.0;
      RoundsFixture fixture = new RoundsFixture(dir.resolve("cal").resolve(name).resolve("rounds"));
      for (int round = 1; round <= 4; round++) {
        fixture.iterations(round, "base", CALIBRATION, "avgt", Map.of("tokens", "2000"), "us/op",
            new double[] {4, 4, 4}, Double.NaN);
        fixture.iterations(round, "new", CALIBRATION, "avgt", Map.of("tokens", "2000"), "us/op",
            new double[] {4 * factor, 4 * factor, 4 * factor}, Double.NaN);
      }
      fixture.write();
    }

    List<GateCalibration.Outcome> outcomes = GateCalibration.rejudge(dir.resolve("cal"), RULES);

    assertThat(outcomes).extracting(GateCalibration.Outcome::index, GateCalibration.Outcome::slowdown,
        GateCalibration.Outcome::rounds).containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 0, 4), org.assertj.core.groups.Tuple.tuple(2, 10, 4));
    assertThat(outcomes.get(0).falseAlarms()).isZero();
    assertThat(outcomes.get(1).detected()).isEqualTo(1);
    assertThat(CalibrationSummary.markdown(outcomes, "Set `calibration`.", RULES, "statebench gate-calibrate"))
        .contains("| A/A | 1 | 4 | 0/1 = 0% [0.0%, 97.5%] | 0/1 = 0% [0.0%, 97.5%] | — | — |")
        .contains("| A/B +10% | 1 | 4 | 0/1 = 0% [0.0%, 97.5%] | 0/0 | 1/1 = 100% [2.5%, 100.0%] | +10.0% |");
  }

  @Test
  void roundsNeeded_followsTheNormalApproximation() {
    // σ² pooled = 0.18 / 18 = 0.01, σ = 0.1; 2 rows, α = 0.01: z(1 − 0.0025) = 2.8070, z(0.8) = 0.8416, sum 3.6486.
    // 10%: (3.6486 × 0.1 / ln 1.1)² = (0.36486 / 0.095310)² = 3.8281² = 14.65 → 15 rounds.
    // 20%: (0.36486 / 0.18232)² = 2.0012² = 4.005 → 5 rounds. 5%: (0.36486 / 0.048790)² = 55.92 → 56 rounds.
    GateCalibration.Outcome outcome = new GateCalibration.Outcome(1, 0, 10, 0, 0, 2, 0, Double.NaN, Duration.ZERO,
        0.18, 18);

    assertThat(CalibrationSummary.roundsNeeded(List.of(outcome), RULES))
        .contains("σ = 0.100 of ln(new/base) (pooled over 18 degrees of freedom)")
        .contains("5% → 56; 10% → 15; 20% → 5 (normal approximation");
  }

  @Test
  void rate_givesClopperPearsonInterval() {
    // 0 of 20: the upper 95% bound is 1 − 0.025^(1/20) = 1 − 0.83157 = 16.8%.
    assertThat(CalibrationSummary.rate(0, 20)).isEqualTo("0/20 = 0% [0.0%, 16.8%]");
    // 20 of 20: the lower bound is 0.025^(1/20) = 83.2%.
    assertThat(CalibrationSummary.rate(20, 20)).isEqualTo("20/20 = 100% [83.2%, 100.0%]");
    assertThat(CalibrationSummary.rate(0, 0)).isEqualTo("0/0");
  }
}
