package dev.statebench.report.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The verdict on a claim, by one rule. For each measured case, compare the measured range with the asserted range:
 * <b>supported</b> when the measured range lies inside the asserted one, <b>partly</b> when they overlap without
 * containment, <b>contradicted</b> when they do not overlap. When every case agrees, that is the verdict; when they
 * differ, the verdict is <b>depends on</b> the dimension the cases vary (network, protocol, token lifetime…), listing
 * which cases support and which contradict. A claim no measurement of the run covers is <b>not measured yet</b>.
 */
public final class Verdict {
  public static final String RULE = "Each measured case is compared with the asserted range: **supported** if the "
      + "measured range (its 95% interval, or its range across configurations) lies inside the asserted range, "
      + "**partly** if the two overlap without containment, **contradicted** if they do not overlap. If all cases "
      + "agree that is the verdict; otherwise **depends on** the dimension the cases vary, naming each case's outcome. "
      + "\"~X\" is read as X ÷ 1.5 to X × 1.5. A claim no measurement of this run covers is **not measured yet**.";
  public static final String NOT_MEASURED = "not measured yet";

  private Verdict() {}

  /** The outcome of one case against the assertion. */
  public static String of(Condition condition, ClaimCatalogue.Assertion asserts) {
    double low = asserts.low();
    double high = asserts.highOrInfinity();
    if (condition.low() >= low && condition.high() <= high) {
      return "supported";
    }
    if (condition.high() < low || condition.low() > high) {
      return "contradicted";
    }
    return "partly";
  }

  /** The verdict over all cases; {@code dimension} names what the cases vary. */
  public static String over(List<Condition> conditions, ClaimCatalogue.Assertion asserts, String dimension) {
    if (conditions.isEmpty()) {
      return NOT_MEASURED;
    }
    Map<String, List<String>> byOutcome = new LinkedHashMap<>();
    for (Condition condition : conditions) {
      byOutcome.computeIfAbsent(of(condition, asserts), o -> new ArrayList<>()).add(condition.label());
    }
    if (byOutcome.size() == 1) {
      return byOutcome.keySet().iterator().next();
    }
    List<String> parts = new ArrayList<>();
    byOutcome.forEach((outcome, labels) -> parts.add(outcome + " for " + String.join(", ", labels)));
    return "depends on " + dimension + ": " + String.join("; ", parts);
  }
}
