package dev.statebench.compare;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The statistics behind a score verdict.
 *
 * @param intervalsDisjoint whether the two confidence intervals have no point in common
 * @param mannWhitneyP the two-sided p-value of the Mann–Whitney U test, when the basis includes it
 * @param minimumAchievableP the smallest two-sided p-value the exact test can give with these fork counts
 * @param clear whether the evidence counts as statistically clear under {@code basis}
 */
public record Evidence(
    StatisticalBasis basis,
    boolean intervalsDisjoint,
    OptionalDouble mannWhitneyP,
    double minimumAchievableP,
    int baselineForks,
    int candidateForks,
    boolean clear) {

  /** A short human-readable account, e.g. {@code CIs disjoint; MWU p=0.004 (6+6 forks)}. */
  public String describe() {
    String forks = baselineForks + "+" + candidateForks + " forks";
    String intervals = intervalsDisjoint ? "CIs disjoint" : "CIs overlap";
    return switch (basis) {
      case INTERVALS_AND_MANN_WHITNEY ->
          intervals + "; MWU p=" + String.format(Locale.ROOT, "%.3g", mannWhitneyP.orElseThrow()) + " (" + forks + ")";
      case INTERVALS_ONLY_FEW_FORKS -> intervals + " (" + forks + ": CI only)";
      case INTERVALS_ONLY_TEST_CANNOT_REACH_ALPHA ->
          intervals + " (" + forks + ": MWU min p " + String.format(Locale.ROOT, "%.3g", minimumAchievableP)
              + " > α, CI only)";
      case NO_INTERVAL -> "no CI (" + forks + ")";
    };
  }
}
