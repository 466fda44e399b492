package dev.statebench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AllocationRuleTest {
  private final AllocationRule rule = new AllocationRule(0.02, 16);

  private static Metric bytes(double perOperation) {
    return new Metric(perOperation, 0.001, perOperation - 0.001, perOperation + 0.001, "B/op", new double[0]);
  }

  private Verdict verdict(double base, double now) {
    return rule.compare(bytes(base), bytes(now)).verdict();
  }

  @Test
  void growthBeyondBothTolerances_isRegression() {
    // 1000 -> 1030 B/op: +30 B > 16 B and +3% > 2%.
    assertThat(verdict(1000, 1030)).isEqualTo(Verdict.REGRESSION);
    assertThat(rule.compare(bytes(1000), bytes(1030)).deltaBytes()).isEqualTo(30.0);
  }

  @Test
  void growthWithinRelativeTolerance_isNoChange() {
    // 2000 -> 2030 B/op: +30 B > 16 B but only +1.5%.
    assertThat(verdict(2000, 2030)).isEqualTo(Verdict.NO_CHANGE);
  }

  @Test
  void growthWithinAbsoluteTolerance_isNoChange() {
    // 100 -> 110 B/op: +10% but only 10 B.
    assertThat(verdict(100, 110)).isEqualTo(Verdict.NO_CHANGE);
  }

  @Test
  void allocatingWhereNothingWasAllocated_isRegression() {
    // 0 -> 24 B/op: 24 B > 16 B, and any growth from zero is beyond every percentage.
    assertThat(verdict(0, 24)).isEqualTo(Verdict.REGRESSION);
  }

  @Test
  void shrinkingBeyondBothTolerances_isImprovement() {
    assertThat(verdict(1000, 960)).isEqualTo(Verdict.IMPROVEMENT);
  }
}
