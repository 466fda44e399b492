package dev.statebench.gate;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Runs the rounds of an interleaved gate within a budget: round after round of {@link InterleavedSchedule}, each step
 * one fork of each build through {@link ForkLauncher}, until the round limit is reached or another round (as long as
 * the longest so far) would overrun the time budget. At least one round always runs.
 *
 * <p>In duet mode (Bulej et al., "Duet Benchmarking", ICPE 2020,
 * <a href="https://doi.org/10.1145/3358960.3379132">doi:10.1145/3358960.3379132</a>) the two forks of a step run at
 * the same time instead of one after the other, so interference from outside hits both during the same seconds; it
 * needs a core per fork and ignores JMH's lock (the two forks share the machine on purpose). Benchmarks that fill the
 * shared servers at set-up ({@link JmhInvocation#populatesServers()}) still run one after the other: one build's
 * trial would otherwise empty the table the other is reading.
 *
 * <p>An invocation that a build does not have (JMH finds no matching benchmark: typically a base commit from before
 * it) is dropped from later rounds and reported; its results, if any, stay unpaired. Other failures (a server timing
 * out on a busy machine) only cost that round's pair.
 */
public final class InterleavedRunner {

  /** What happened: rounds run and the invocations dropped after failing. */
  public record Outcome(int rounds, List<String> dropped, Duration elapsed) {}

  private final ForkLauncher launcher;
  private final PrintStream log;
  private final Executor duetThreads = runnable -> {
    Thread thread = new Thread(runnable, "gate-duet");
    thread.setDaemon(true);
    thread.start();
  };

  public InterleavedRunner(ForkLauncher launcher, PrintStream log) {
    this.launcher = launcher;
    this.log = log;
  }

  public Outcome run(BuildUnderTest base, BuildUnderTest candidate, List<JmhInvocation> invocations, Path roundsFolder,
      long seed, int maxRounds, Duration budget, boolean duet) {
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
        JmhInvocation invocation = step.invocation();
        Map<String, Boolean> ok = duet && !invocation.populatesServers()
            ? together(step, builds, roundsFolder, round)
            : Map.of(step.first(), fork(builds.get(step.first()), invocation, roundsFolder, round),
                step.second(), fork(builds.get(step.second()), invocation, roundsFolder, round));
        for (String side : List.of(step.first(), step.second())) {
          if (!ok.get(side)) {
            log.printf("gate: round %d: %s failed on the %s build (see %s)%n", round, invocation.label(), side,
                RoundFiles.log(roundsFolder, round, side, invocation));
            if (ForkLauncher.missingBenchmark(RoundFiles.log(roundsFolder, round, side, invocation))) {
              active.remove(invocation);
              dropped.add(invocation.label() + " (not in the " + side + " build)");
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

  private boolean fork(BuildUnderTest build, JmhInvocation invocation, Path roundsFolder, int round) {
    return launcher.run(build, invocation, RoundFiles.result(roundsFolder, round, build.side(), invocation),
        RoundFiles.log(roundsFolder, round, build.side(), invocation));
  }

  /** Both forks of a step at once (duet mode). */
  private Map<String, Boolean> together(InterleavedSchedule.Step step, Map<String, BuildUnderTest> builds,
      Path roundsFolder, int round) {
    JmhInvocation invocation = step.invocation();
    CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(
        () -> fork(builds.get(step.first()), invocation, roundsFolder, round), duetThreads);
    CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(
        () -> fork(builds.get(step.second()), invocation, roundsFolder, round), duetThreads);
    try {
      return Map.of(step.first(), first.join(), step.second(), second.join());
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
  }
}
