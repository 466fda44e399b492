package dev.statebench.compare;

import java.util.List;
import java.util.Map;

/**
 * How the simulator tables of two runs differ. Simulator output is deterministic (same scenario and seed give
 * byte-identical numbers), so any changed value means the simulator's behaviour changed.
 *
 * @param compared the relative paths of the tables present in both runs
 * @param onlyInBaseline tables the new run no longer has
 * @param onlyInCandidate tables the new run added
 * @param differences per table present in both runs, its differing numeric leaves (tables without any are absent)
 */
public record SimTableComparison(
    List<String> compared,
    List<String> onlyInBaseline,
    List<String> onlyInCandidate,
    Map<String, List<NumericDifference>> differences) {

  /** No simulator tables on either side. */
  public static SimTableComparison none() {
    return new SimTableComparison(List.of(), List.of(), List.of(), Map.of());
  }

  /** Whether some number present in both runs has a different value. */
  public boolean hasChangedValues() {
    return differences.values().stream().flatMap(List::stream).anyMatch(NumericDifference::isChangedValue);
  }

  public boolean isEmpty() {
    return compared.isEmpty() && onlyInBaseline.isEmpty() && onlyInCandidate.isEmpty();
  }
}
