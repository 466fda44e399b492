package dev.statebench.gate;

import dev.statebench.AtomicFiles;
import dev.statebench.UserFacingException;
import dev.statebench.jmh.GateCalibrationBenchmark;
import java.io.IOException;
import java.nio.file.Files;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures the gate on itself. A/A comparisons run one build against itself, so every flagged benchmark is a false
 * alarm; A/B comparisons run the build against itself with {@link GateCalibrationBenchmark}'s dial turned up by a known
 * slowdown (or against a second, slower jar), so on the calibration rows a flagged regression is a detection and on
 * every other row (unchanged) it is again a false alarm. Comparisons of all kinds take turns (A/A, +5%, +10%, +20%,
 * A/A, …) so that a change in the machine's load over the session hits every kind alike.
 */
public final class GateCalibration {
  /** The benchmark whose rows the dial slows down. */
  static final String CALIBRATION_CLASS = GateCalibrationBenchmark.class.getName();
  /** What {@link CalibrationSummary#setup} said about a calibration, kept beside its comparisons. */
  public static final String SETUP_FILE = "setup.txt";
  private static final Pattern COMPARISON = Pattern.compile("cmp(\\d+)-(aa|ab(\\d+)|ab-jar)");

  /**
   * What to run.
   *
   * @param aaComparisons how many A/A comparisons
   * @param abComparisons how many A/B comparisons per slowdown
   * @param slowdowns the dial settings in percent, e.g. 5, 10, 20 (ignored with a slower jar, which is one kind)
   * @param slowerJar a real second build to use instead of the dial, or {@code null}
   */
  public record Design(int aaComparisons, int abComparisons, List<Integer> slowdowns, Path slowerJar) {
    public Design {
      slowdowns = List.copyOf(slowdowns);
    }
  }

  /**
   * One comparison's outcome.
   *
   * @param slowdown the dial in percent; 0 for A/A, -1 for a real slower jar
   * @param slowedRows calibration rows judged (those the dial slows)
   * @param detected slowed rows flagged as regressions
   * @param otherRows unchanged rows judged (all rows in A/A)
   * @param falseAlarms unchanged rows flagged as a regression or an improvement
   * @param measuredSlowdown geometric-mean relative change over the slowed rows (NaN when none)
   * @param squaredDeviations over all judged rows, the sum of squared deviations of each round's log ratio from its
   *     row's mean: with {@code degreesOfFreedom}, the pooled between-round noise the paired test faces
   * @param degreesOfFreedom over all judged rows, the sum of (rounds − 1)
   */
  public record Outcome(int index, int slowdown, int rounds, int slowedRows, int detected, int otherRows,
      int falseAlarms, double measuredSlowdown, Duration elapsed, double squaredDeviations, int degreesOfFreedom) {}

  private GateCalibration() {}

  /** The comparisons in the order they run. */
  static List<Integer> order(Design design) {
    List<Integer> kinds = new ArrayList<>();
    List<Integer> abKinds = design.slowerJar() != null ? List.of(-1) : design.slowdowns();
    int longest = Math.max(design.aaComparisons(), design.abComparisons());
    for (int i = 0; i < longest; i++) {
      if (i < design.aaComparisons()) {
        kinds.add(0);
      }
      if (i < design.abComparisons()) {
        kinds.addAll(abKinds);
      }
    }
    return kinds;
  }

  public static List<Outcome> run(Path jar, Design design, InterleavedGate.Plan plan, GateRules rules,
      List<String> serverJvmArgs, Path out, PrintStream log) {
    try {
      AtomicFiles.writeString(out.resolve(SETUP_FILE), CalibrationSummary.setup(plan) + "\n");
    } catch (IOException e) {
      throw new UserFacingException("cannot write " + out.resolve(SETUP_FILE) + ": " + e.getMessage(), e);
    }
    List<Outcome> outcomes = new ArrayList<>();
    List<Integer> kinds = order(design);
    for (int i = 0; i < kinds.size(); i++) {
      int slowdown = kinds.get(i);
      BuildUnderTest base = new BuildUnderTest(BuildUnderTest.BASE, jar, List.of());
      BuildUnderTest candidate = slowdown < 0
          ? new BuildUnderTest(BuildUnderTest.NEW, design.slowerJar(), List.of())
          : new BuildUnderTest(BuildUnderTest.NEW, jar,
              slowdown == 0 ? List.of() : List.of("-D" + GateCalibrationBenchmark.SLOWDOWN_PROPERTY + "=" + slowdown));
      String name = String.format(Locale.ROOT, "cmp%02d-%s", i + 1, kindName(slowdown));
      log.printf("calibration: comparison %d of %d: %s%n", i + 1, kinds.size(), kindName(slowdown));
      InterleavedGate.Plan seeded = new InterleavedGate.Plan(plan.set(), plan.fork(), plan.maxRounds(), plan.budget(),
          plan.seed() + i, plan.ignoreJmhLock(), plan.duet());
      InterleavedGate.Result result = InterleavedGate.run(base, candidate, seeded, serverJvmArgs, out.resolve(name),
          rules, log);
      try {
        AtomicFiles.writeString(out.resolve(name).resolve("gate.md"), new GateMarkdownWriter().write(result.report()));
        AtomicFiles.writeString(out.resolve(name).resolve("gate.json"), new GateJsonWriter().write(result.report()));
      } catch (IOException e) {
        throw new UserFacingException("cannot write " + out.resolve(name) + ": " + e.getMessage(), e);
      }
      outcomes.add(outcome(i + 1, slowdown, result));
    }
    return outcomes;
  }

  /**
   * Judges the comparisons stored under {@code out} ({@code cmpNN-aa}, {@code cmpNN-ab10}, {@code cmpNN-ab-jar}, each
   * with its {@code rounds/}) again with {@code rules}: the summary then comes from the stored data alone. Elapsed
   * times are not stored, so they are zero.
   */
  public static List<Outcome> rejudge(Path out, GateRules rules) {
    List<Path> folders;
    try (Stream<Path> entries = Files.list(out)) {
      folders = entries.filter(p -> COMPARISON.matcher(p.getFileName().toString()).matches()).sorted().toList();
    } catch (IOException e) {
      throw new UserFacingException("cannot list " + out + ": " + e.getMessage(), e);
    }
    if (folders.isEmpty()) {
      throw new UserFacingException(out + " holds no calibration comparisons (folders like cmp01-aa/rounds)");
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (Path folder : folders) {
      Matcher m = COMPARISON.matcher(folder.getFileName().toString());
      if (!m.matches()) {
        continue;
      }
      int slowdown = m.group(2).equals("aa") ? 0 : m.group(3) == null ? -1 : Integer.parseInt(m.group(3));
      RoundsReader.Rounds rounds = new RoundsReader().read(folder.resolve("rounds"));
      GateReport report = new GateJudge(rules).judge(rounds);
      outcomes.add(outcome(Integer.parseInt(m.group(1)), slowdown, new InterleavedGate.Result(report,
          new InterleavedRunner.Outcome(rounds.rounds(), List.of(), Duration.ZERO))));
    }
    return outcomes;
  }

  static Outcome outcome(int index, int slowdown, InterleavedGate.Result result) {
    int slowed = 0;
    int detected = 0;
    int others = 0;
    int falseAlarms = 0;
    double logSum = 0;
    double squaredDeviations = 0;
    int degreesOfFreedom = 0;
    for (BenchmarkJudgement j : result.report().judgements()) {
      if (j.verdict() == GateVerdict.TOO_LITTLE_DATA) {
        continue;
      }
      squaredDeviations += (j.ratio().pairs() - 1) * j.ratio().standardDeviation() * j.ratio().standardDeviation();
      degreesOfFreedom += j.ratio().pairs() - 1;
      boolean dialled = slowdown != 0 && j.samples().key().benchmark().startsWith(CALIBRATION_CLASS + ".");
      boolean flagged = j.verdict() == GateVerdict.REGRESSION || j.verdict() == GateVerdict.IMPROVEMENT;
      if (dialled) {
        slowed++;
        logSum += j.ratio().meanLogWorsening();
        detected += j.verdict() == GateVerdict.REGRESSION ? 1 : 0;
      } else {
        others++;
        falseAlarms += flagged ? 1 : 0;
      }
    }
    return new Outcome(index, slowdown, result.outcome().rounds(), slowed, detected, others, falseAlarms,
        slowed == 0 ? Double.NaN : Math.expm1(logSum / slowed), result.outcome().elapsed(), squaredDeviations,
        degreesOfFreedom);
  }

  static String kindName(int slowdown) {
    return slowdown == 0 ? "aa" : slowdown < 0 ? "ab-jar" : "ab" + slowdown;
  }
}
