package dev.statebench.results.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScenarioDurationTest {
  @Test
  void everyUnitTheSimulatorAccepts_parsesToNanoseconds() {
    assertThat(ScenarioDuration.parse("500us").nanos()).isEqualTo(500_000.0);
    assertThat(ScenarioDuration.parse("10ms").millis()).isEqualTo(10.0);
    assertThat(ScenarioDuration.parse("1min").seconds()).isEqualTo(60.0);
    assertThat(ScenarioDuration.parse("1h").seconds()).isEqualTo(3600.0);
    assertThat(ScenarioDuration.parse("1d").seconds()).isEqualTo(86_400.0);
    assertThat(ScenarioDuration.parse("0").nanos()).isZero();
  }

  @Test
  void unknownUnit_isRejectedNamingIt() {
    assertThatThrownBy(() -> ScenarioDuration.parse("3 weeks")).hasMessageContaining("'weeks'");
    assertThatThrownBy(() -> ScenarioDuration.parse("5")).hasMessageContaining("needs a unit");
  }

  @Test
  void rate_perMinuteIsConvertedToPerSecond() {
    assertThat(ScenarioRate.parse("12000/min").perSecond()).isEqualTo(200.0);
    assertThat(ScenarioRate.parse("10.667/s").perSecond()).isEqualTo(10.667);
  }
}
