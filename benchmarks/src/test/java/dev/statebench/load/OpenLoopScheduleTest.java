package dev.statebench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OpenLoopScheduleTest {

  @Test
  void intendedStart_isIndependentOfAnswersAndSpacedByOneOverRate() {
    OpenLoopSchedule schedule = OpenLoopSchedule.of(5_000, 1000, Duration.ofSeconds(2));

    // 1000/s for 2 s: 2000 requests, 1 ms apart, from t = 5000 ns
    assertThat(schedule.count()).isEqualTo(2000);
    assertThat(schedule.intendedStart(0)).isEqualTo(5_000);
    assertThat(schedule.intendedStart(1)).isEqualTo(1_005_000);
    assertThat(schedule.intendedStart(1999)).isEqualTo(1_999_005_000L);
    assertThat(schedule.endNanos()).isEqualTo(2_000_005_000L);
  }

  @Test
  void intendedStart_roundsPerRequestSoANonIntegerIntervalDoesNotDrift() {
    OpenLoopSchedule schedule = OpenLoopSchedule.of(0, 3, Duration.ofSeconds(10));

    // 1/3 s is 333,333,333.3 ns: summing a rounded interval would lose 1 ns per request; per-request rounding doesn't
    assertThat(schedule.intervalNanos()).isEqualTo(333_333_333L);
    assertThat(schedule.intendedStart(3)).isEqualTo(1_000_000_000L);
    assertThat(schedule.intendedStart(30)).isEqualTo(10_000_000_000L);
    assertThat(schedule.count()).isEqualTo(30);
  }

  @Test
  void of_countsOnlyWholeRequestsWithinTheDuration() {
    // 4/s for 2.6 s: requests at 0, 0.25, …, 2.5 s → 10 (floor of 10.4)
    assertThat(OpenLoopSchedule.of(0, 4, Duration.ofMillis(2600)).count()).isEqualTo(10);
  }

  @Test
  void schedule_rejectsRatesThatAreNotPositive() {
    assertThatThrownBy(() -> OpenLoopSchedule.of(0, 0, Duration.ofSeconds(1))).hasMessageContaining("positive");
    assertThatThrownBy(() -> OpenLoopSchedule.of(0, Double.NaN, Duration.ofSeconds(1))).hasMessageContaining("positive");
  }
}
