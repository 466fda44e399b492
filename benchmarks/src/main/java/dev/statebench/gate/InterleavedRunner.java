package dev.statebench.gate;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the rounds of an interleaved gate within a budget: round after round of {@link InterleavedSchedule}, each step
 * one fork of each build through {@link ForkLauncher}, until the round limit is reached or another round (as long as
 * the longest so far) would overrun the time budget. At least one round always runs.
 *
 * <p>An invocation that fails on either build in the first round (typically: the base commit does not have that
 * benchmark yet) is dropped from later rounds and reported; its results, if any, stay unpaired.
 */
public final class InterleavedRunner {

  /** What happened: rounds run and the invocations dropped after failing. */
  public record Outcome(int rounds, List<String> dropped, Duration elapsed) {}

  private final ForkLauncher launcher;
  private final PrintStream log;

  public InterleavedRunner(ForkLauncher launcher, PrintStream log) {
    this.launcher = launcher;
    this.log = log;
  }

  public Outcome run(BuildUnderTest base, BuildUnderTest candidate, List<JmhInvocation> invocations, Path roundsFolder,
      long seed, int maxRounds, Duration budget) {
    Map<String, BuildUnderTest> builds = Map.of(BuildUnderTest.BASE, base, BuildUnderTest.NEW, candidate);
    List<JmhInvocation> active = new ArrayList<>(invocations);
    List<String> dropped = new ArrayList<>();
    InterleavedSchedule schedule = new InterleavedSchedule(invocations, seed);
    long start = System.nanoTime();
    long longestRound = 0;
    int round = 0;
    while (round < maxRounds && !active.isEmpty()) {
      long elapsed = System.nanoTime() - start;
      if (round > 0 && elapsed + longestRound > budget.toNanos()) {
        log.printf("gate: stopping after %d rounds: another would overrun the %d s budget%n", round,
            budget.toSeconds());
        break;
      }
      round++;
      long roundStart = System.nanoTime();
      for (InterleavedSchedule.Step step : schedule.nextRound()) {
        if (!active.contains(step.invocation())) {
          continue;
        }
        for (String side : List.of(step.first(), step.second())) {
          JmhInvocation invocation = step.invocation();
          boolean ok = launcher.run(builds.get(side), invocation,
              RoundFiles.result(roundsFolder, round, side, invocation),
              RoundFiles.log(roundsFolder, round, side, invocation));
          if (!ok) {
            log.printf("gate: round %d: %s failed on the %s build (see %s)%n", round, invocation.label(), side,
                RoundFiles.log(roundsFolder, round, side, invocation));
            if (round == 1) {
              active.remove(invocation);
              dropped.add(invocation.label() + " (failed on " + side + ")");
              break;
            }
          }
        }
      }
      long took = System.nanoTime() - roundStart;
      longestRound = Math.max(longestRound, took);
      log.printf("gate: round %d done in %d s%n", round, Duration.ofNanos(took).toSeconds());
    }
    return new Outcome(round, dropped, Duration.ofNanos(System.nanoTime() - start));
  }
}
