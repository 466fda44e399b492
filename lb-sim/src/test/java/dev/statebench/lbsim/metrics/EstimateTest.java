package dev.statebench.lbsim.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class EstimateTest {

  @Test
  void threeReplications_useStudentTWithTwoDegreesOfFreedom() {
    // 1, 2, 3: mean 2, s = 1, standard error 1/√3, t(0.975, 2) = 4.3027 -> half-width 2.4841
    Estimate e = Estimate.of(new double[] {1, 2, 3});
    assertThat(e.mean()).isEqualTo(2);
    assertThat(e.ci95()).isCloseTo(2.4841, Offset.offset(1e-4));
    assertThat(e.n()).isEqualTo(3);
  }

  @Test
  void oneReplication_hasNoInterval() {
    assertThat(Estimate.of(new double[] {7}).ci95()).isNaN();
  }

  @Test
  void skew_ofEvenAndOfOneSidedLoads() {
    // even: max/mean 1, cv 0, Jain 1; one backend takes all of 4: max/mean 4, cv √3, Jain 1/4
    assertThat(Skew.maxOverMean(new double[] {5, 5, 5, 5})).isEqualTo(1);
    assertThat(Skew.coefficientOfVariation(new double[] {5, 5, 5, 5})).isZero();
    assertThat(Skew.jainIndex(new double[] {5, 5, 5, 5})).isEqualTo(1);
    assertThat(Skew.maxOverMean(new double[] {8, 0, 0, 0})).isEqualTo(4);
    assertThat(Skew.coefficientOfVariation(new double[] {8, 0, 0, 0})).isCloseTo(Math.sqrt(3), Offset.offset(1e-12));
    assertThat(Skew.jainIndex(new double[] {8, 0, 0, 0})).isEqualTo(0.25);
  }
}
