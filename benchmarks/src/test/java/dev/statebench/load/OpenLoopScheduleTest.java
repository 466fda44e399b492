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
    assertThat(schedule.meanIntervalNanos()).isEqualTo(333_333_333L);
    assertThat(schedule.intendedStart(3)).isEqualTo(1_000_000_000L);
    assertThat(schedule.intendedStart(29)).isEqualTo(9_666_666_667L);
    assertThat(schedule.endNanos()).isEqualTo(10_000_000_000L);
    assertThat(schedule.count()).isEqualTo(30);
  }

  @Test
  void of_countsOnlyWholeRequestsWithinTheDuration() {
    // 4/s for 2.6 s: requests at 0, 0.25, …, 2.5 s → 10 (floor of 10.4)
    assertThat(OpenLoopSchedule.of(0, 4, Duration.ofMillis(2600)).count()).isEqualTo(10);
  }

  @Test
  void poisson_drawsAboutRateTimesDurationWithExponentialGaps() {
    OpenLoopSchedule schedule = OpenLoopSchedule.of(ArrivalProcess.POISSON, 0, 10_000, Duration.ofSeconds(2), 42);

    // Poisson count with mean 20,000 has standard deviation √20,000 ≈ 141: 5σ is ±707
    assertThat(schedule.count()).isBetween(19_293L, 20_707L);
    double[] gaps = new double[(int) schedule.count() - 1];
    for (int i = 1; i < schedule.count(); i++) {
      gaps[i - 1] = schedule.intendedStart(i) - schedule.intendedStart(i - 1);
    }
    double mean = java.util.Arrays.stream(gaps).average().orElseThrow();
    double sd = Math.sqrt(java.util.Arrays.stream(gaps).map(g -> (g - mean) * (g - mean)).sum() / gaps.length);
    // exponential gaps: mean 1/rate = 100 µs and standard deviation equal to the mean (evenly spaced ones have 0)
    assertThat(mean).isBetween(95_000.0, 105_000.0);
    assertThat(sd / mean).isBetween(0.95, 1.05);
    assertThat(schedule.intendedStart(schedule.count() - 1)).isLessThan(2_000_000_000L);
  }

  @Test
  void poisson_isTheSameForTheSameSeedAndDiffersForAnother() {
    OpenLoopSchedule a = OpenLoopSchedule.of(ArrivalProcess.POISSON, 0, 1000, Duration.ofSeconds(1), 7);
    OpenLoopSchedule b = OpenLoopSchedule.of(ArrivalProcess.POISSON, 0, 1000, Duration.ofSeconds(1), 7);
    OpenLoopSchedule c = OpenLoopSchedule.of(ArrivalProcess.POISSON, 0, 1000, Duration.ofSeconds(1), 8);

    assertThat(a.count()).isEqualTo(b.count());
    for (int i = 0; i < a.count(); i++) {
      assertThat(a.intendedStart(i)).isEqualTo(b.intendedStart(i));
    }
    assertThat(c.intendedStart(1)).isNotEqualTo(a.intendedStart(1));
  }

  @Test
  void schedule_refusesMoreRequestsThanItCanHold() {
    assertThatThrownBy(() -> OpenLoopSchedule.of(0, 1_000_000, Duration.ofSeconds(30)))
        .hasMessageContaining("shorten the duration");
  }

  @Test
  void schedule_rejectsRatesThatAreNotPositive() {
    assertThatThrownBy(() -> OpenLoopSchedule.of(0, 0, Duration.ofSeconds(1))).hasMessageContaining("positive");
    assertThatThrownBy(() -> OpenLoopSchedule.of(0, Double.NaN, Duration.ofSeconds(1))).hasMessageContaining("positive");
  }
}
