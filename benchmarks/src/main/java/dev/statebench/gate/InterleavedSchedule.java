package dev.statebench.gate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order in which the gate runs forks: Randomized Multiple Interleaved Trials (Abedi and Brecht, ICPE 2017,
 * <a href="https://doi.org/10.1145/3030207.3030229">doi:10.1145/3030207.3030229</a>). In every round each benchmark
 * invocation runs once on each build, back to back, in an order drawn by a seeded generator; the invocations' order
 * is shuffled too. A slow minute on a shared machine then hits both builds of a pair about equally, and which build
 * goes first cannot bias the result because it is random. The same seed gives the same schedule.
 */
public final class InterleavedSchedule {

  /** One pair of forks: the invocation, run first on {@code first} and then on {@code second}. */
  public record Step(JmhInvocation invocation, String first, String second) {}

  private final List<JmhInvocation> invocations;
  private final Random random;

  public InterleavedSchedule(List<JmhInvocation> invocations, long seed) {
    if (invocations.isEmpty()) {
      throw new IllegalArgumentException("nothing to schedule");
    }
    this.invocations = List.copyOf(invocations);
    this.random = new Random(seed);
  }

  /** The steps of the next round (call once per round, in round order). */
  public List<Step> nextRound() {
    List<JmhInvocation> order = new ArrayList<>(invocations);
    Collections.shuffle(order, random);
    List<Step> steps = new ArrayList<>();
    for (JmhInvocation invocation : order) {
      boolean baseFirst = random.nextBoolean();
      steps.add(baseFirst
          ? new Step(invocation, BuildUnderTest.BASE, BuildUnderTest.NEW)
          : new Step(invocation, BuildUnderTest.NEW, BuildUnderTest.BASE));
    }
    return steps;
  }
}
