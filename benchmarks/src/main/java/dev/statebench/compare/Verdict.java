package dev.statebench.compare;

/** The gate's conclusion for one benchmark; only {@link #REGRESSION} fails the gate. */
public enum Verdict {
  /** Worse by more than the threshold, and statistically clear. */
  REGRESSION("regression"),
  /** Better by more than the threshold, and statistically clear. Reported, never failed. */
  IMPROVEMENT("improvement"),
  /** Within the threshold: whatever the statistics say, the change is too small to matter. */
  NO_CHANGE("no change"),
  /** Beyond the threshold, but the statistics cannot tell it from noise: rerun with more forks. */
  INCONCLUSIVE("inconclusive");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
