package dev.statebench.results.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {
  @Test
  void format_keepsThreeSignificantDigitsBelowAThousandAndGroupsAbove() {
    assertThat(Numbers.format(0.012345)).isEqualTo("0.0123");
    assertThat(Numbers.format(7.854)).isEqualTo("7.85");
    assertThat(Numbers.format(87.46)).isEqualTo("87.5");
    assertThat(Numbers.format(940.6)).isEqualTo("941");
    assertThat(Numbers.format(5412.4)).isEqualTo("5,412");
    assertThat(Numbers.format(0)).isEqualTo("0");
    assertThat(Numbers.format(Double.NaN)).isEqualTo(Numbers.MISSING);
  }

  @Test
  void exact_printsWholeNumbersWithoutDecimals() {
    assertThat(Numbers.exact(36)).isEqualTo("36");
    assertThat(Numbers.exact(1169)).isEqualTo("1,169");
    assertThat(Numbers.exact(5.23)).isEqualTo("5.23");
  }

  @Test
  void withInterval_dropsTheIntervalWhenThereIsNone() {
    assertThat(Numbers.withInterval(940.6, 19.7)).isEqualTo("941 ± 19.7");
    assertThat(Numbers.withInterval(940.6, Double.NaN)).isEqualTo("941");
  }

  @Test
  void percentAndLevel_readAsColumnHeadersWriteThem() {
    assertThat(Numbers.percent(0.1234)).isEqualTo("12.3%");
    assertThat(Numbers.level(0.95)).isEqualTo("95%");
    assertThat(Numbers.level(0.999)).isEqualTo("99.9%");
  }
}
