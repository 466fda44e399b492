package dev.statebench.compare;

/**
 * Everything that tunes the gate.
 *
 * @param failOnSimulatorChanges whether a changed simulator number fails the gate (the default: with equal seeds
 *     the simulator is deterministic, so a changed number is a behaviour change that a pull request must own up to)
 */
public record GateSettings(
    Thresholds thresholds,
    ScoreVerdictRule scoreRule,
    AllocationRule allocationRule,
    boolean failOnSimulatorChanges) {

  /** 10% threshold, α = 0.01, allocation beyond 2% and 16 B, simulator changes fail. */
  public static GateSettings defaults() {
    return new GateSettings(
        new Thresholds(0.10, java.util.List.of()), new ScoreVerdictRule(0.01), new AllocationRule(0.02, 16), true);
  }
}
