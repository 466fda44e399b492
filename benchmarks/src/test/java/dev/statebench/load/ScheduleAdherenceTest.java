package dev.statebench.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScheduleAdherenceTest {
  private static final long MS = 1_000_000;

  @Test
  void kept_whenAtMostOnePercentOfDispatchesLagBeyondTheBound() {
    ScheduleAdherence adherence = new ScheduleAdherence(MS);
    // 100 dispatches: 99 on time (10 µs late), 1 stalled by 50 ms → p99 is still 10 µs
    for (int i = 0; i < 99; i++) {
      adherence.dispatched(i * MS, i * MS + 10_000);
    }
    adherence.dispatched(99 * MS, 149 * MS);

    assertThat(adherence.kept()).isTrue();
    assertThat(adherence.maxLag()).isGreaterThanOrEqualTo(49 * MS);
  }

  @Test
  void notKept_whenTheGeneratorFallsBehindForMoreThanOnePercent() {
    ScheduleAdherence adherence = new ScheduleAdherence(MS);
    // 100 dispatches, the last 5 each 3 ms late: p99 lag is 3 ms > 1 ms
    for (int i = 0; i < 95; i++) {
      adherence.dispatched(i * MS, i * MS);
    }
    for (int i = 95; i < 100; i++) {
      adherence.dispatched(i * MS, i * MS + 3 * MS);
    }

    assertThat(adherence.kept()).isFalse();
    assertThat(adherence.lagAtPercentile(99)).isGreaterThan(MS);
  }

  @Test
  void dispatchedEarly_countsAsNoLag() {
    ScheduleAdherence adherence = new ScheduleAdherence(MS);
    adherence.dispatched(10 * MS, 9 * MS);

    assertThat(adherence.maxLag()).isZero();
    assertThat(adherence.kept()).isTrue();
  }
}
