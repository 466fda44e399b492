package dev.statebench.compare;

import java.util.Optional;

/**
 * One numeric leaf that differs between two JSON documents.
 *
 * @param path where it is, e.g. {@code $.policies[2].p99}
 * @param baseline the baseline's value as written, empty when the leaf exists only in the new document
 * @param candidate the new document's value as written, empty when the leaf exists only in the baseline
 */
public record NumericDifference(String path, Optional<String> baseline, Optional<String> candidate) {

  /** A number present on both sides with different values, as opposed to a leaf added or removed. */
  public boolean isChangedValue() {
    return baseline.isPresent() && candidate.isPresent();
  }

  /** {@code 12.5 → 12.7}, {@code (absent) → 3}. */
  public String describe() {
    return baseline.orElse("(absent)") + " → " + candidate.orElse("(absent)");
  }
}
