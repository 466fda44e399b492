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
    boolean failOnSimulatorChanges) {}
