package dev.statebench.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The RMIT order: every invocation once per round on each build, seeded, and both orders used. */
class InterleavedScheduleTest {
  private static final List<JmhInvocation> INVOCATIONS = List.of(
      new JmhInvocation("A", "x.A", Map.of(), 1, false),
      new JmhInvocation("B", "x.B", Map.of(), 1, false),
      new JmhInvocation("C", "x.C", Map.of(), 1, false));

  private static List<List<InterleavedSchedule.Step>> rounds(long seed, int n) {
    InterleavedSchedule schedule = new InterleavedSchedule(INVOCATIONS, seed);
    List<List<InterleavedSchedule.Step>> rounds = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rounds.add(schedule.nextRound());
    }
    return rounds;
  }

  @Test
  void everyRound_runsEachInvocationOnceOnEachBuild() {
    for (List<InterleavedSchedule.Step> round : rounds(7, 30)) {
      assertThat(round.stream().map(s -> s.invocation().label())).containsExactlyInAnyOrder("A", "B", "C");
      assertThat(round).allSatisfy(s -> assertThat(List.of(s.first(), s.second()))
          .containsExactlyInAnyOrder(BuildUnderTest.BASE, BuildUnderTest.NEW));
    }
  }

  @Test
  void sameSeed_sameSchedule() {
    assertThat(rounds(42, 10)).isEqualTo(rounds(42, 10));
    assertThat(rounds(42, 10)).isNotEqualTo(rounds(43, 10));
  }

  @Test
  void buildOrder_isRandomizedNotAlternating() {
    // 30 rounds × 3 invocations = 90 coin flips: base goes first sometimes but not always, and the invocation order
    // changes between rounds.
    List<List<InterleavedSchedule.Step>> rounds = rounds(1, 30);
    long baseFirst = rounds.stream().flatMap(List::stream).filter(s -> s.first().equals(BuildUnderTest.BASE)).count();
    assertThat(baseFirst).isBetween(1L, 89L);
    assertThat(rounds.stream().map(r -> r.get(0).invocation().label()).distinct().count()).isGreaterThan(1);
  }
}
