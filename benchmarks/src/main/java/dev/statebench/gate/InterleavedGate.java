package dev.statebench.gate;

import dev.statebench.UserFacingException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One complete gate: run the interleaved rounds of two builds into {@code OUT/rounds/}, then read and judge them.
 * Servers are the caller's: it starts them once and passes their URLs, so both builds talk to the very same servers.
 */
public final class InterleavedGate {

  /**
   * How much to run.
   *
   * @param maxRounds the most rounds to run
   * @param budget no new round starts when it would end after this much time
   * @param seed the seed of {@link InterleavedSchedule}
   * @param duet run the two forks of a pair at the same time (see {@link InterleavedRunner}); implies ignoring
   *     JMH's lock
   */
  public record Plan(GateBenchmarkSet set, ForkSettings fork, int maxRounds, Duration budget, long seed,
      boolean ignoreJmhLock, boolean duet) {
    public Plan {
      if (maxRounds < 1) {
        throw new UserFacingException("--rounds must be at least 1, got " + maxRounds);
      }
    }
  }

  /** A judged gate run and how it ran. */
  public record Result(GateReport report, InterleavedRunner.Outcome outcome) {}

  private InterleavedGate() {}

  public static Result run(BuildUnderTest base, BuildUnderTest candidate, Plan plan, List<String> serverJvmArgs,
      Path out, GateRules rules, PrintStream log) {
    Path rounds = out.resolve("rounds");
    try {
      Files.createDirectories(rounds);
      try (Stream<Path> existing = Files.list(rounds)) {
        if (existing.findAny().isPresent()) {
          // Old rounds of other builds would be paired with the new ones.
          throw new UserFacingException(rounds + " already holds rounds of an earlier gate run; give another --out "
              + "or remove it (statebench gate-judge " + out + " judges the old rounds again)");
        }
      }
    } catch (IOException e) {
      throw new UserFacingException("cannot create " + rounds + ": " + e.getMessage(), e);
    }
    ForkLauncher launcher = new ForkLauncher(ForkLauncher.currentJava(), plan.fork(), serverJvmArgs,
        plan.ignoreJmhLock() || plan.duet());
    log.printf("gate: %s set, up to %d rounds in %d s, %s, seed %d; base %s, new %s%n",
        plan.set().name().toLowerCase(Locale.ROOT), plan.maxRounds(), plan.budget().toSeconds(),
        plan.duet() ? "duet (pairs at once)" : "pairs one after the other", plan.seed(), base.jar(), candidate.jar());
    InterleavedRunner.Outcome outcome = new InterleavedRunner(launcher, log)
        .run(base, candidate, plan.set().invocations(), rounds, plan.seed(), plan.maxRounds(), plan.budget(),
            plan.duet());
    GateReport report = new GateJudge(rules).judge(new RoundsReader().read(rounds));
    return new Result(report, outcome);
  }
}
