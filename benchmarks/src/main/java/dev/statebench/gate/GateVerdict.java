package dev.statebench.gate;

/** The interleaved gate's conclusion on one benchmark's score; only {@link #REGRESSION} fails the gate. */
public enum GateVerdict {
  /** Worse by more than the threshold, and the paired test rejects "no change" after the multiplicity correction. */
  REGRESSION("regression"),
  /** Better by more than the threshold, with the same evidence. Reported, never failed. */
  IMPROVEMENT("improvement"),
  /** The estimated change is within the threshold: too small to matter, whatever the test says. */
  NO_CHANGE("no change"),
  /** Beyond the threshold, but the rounds cannot tell it from noise: give the gate more rounds. */
  INCONCLUSIVE("inconclusive"),
  /** Fewer paired rounds than a verdict needs: nothing is concluded, and the report says so. */
  TOO_LITTLE_DATA("too little data");

  private final String label;

  GateVerdict(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
