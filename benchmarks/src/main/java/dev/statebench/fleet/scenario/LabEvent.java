package dev.statebench.fleet.scenario;

/**
 * A fleet event of the scenario at {@code atNanos} from the start of the run (warm-up included), as the simulator
 * times them. Instances are numbered as the simulator numbers backends: {@code 0 … count-1} at the start, added
 * ones numbered on from there.
 */
public sealed interface LabEvent {
  /** When the event fires, nanoseconds from the run's start. */
  long atNanos();

  /** {@code {at, kill: B}}: SIGKILL of instance B. */
  record Kill(long atNanos, int backend) implements LabEvent {}

  /** {@code {at, add: N}}: N more instances put in service. */
  record Add(long atNanos, int count) implements LabEvent {}

  /** {@code {at, drain: B, deadline: D}}: HAProxy drain of B, then SIGKILL after D. */
  record Drain(long atNanos, int backend, long deadlineNanos) implements LabEvent {}

  /**
   * {@code {at, rolling-deploy: {surge, pace, deadline}}}: every {@code pace}, add {@code surge} new instances and
   * drain {@code surge} old ones, each killed {@code deadline} after its drain, until the starting fleet is replaced.
   */
  record RollingDeploy(long atNanos, int surge, long paceNanos, long deadlineNanos) implements LabEvent {}
}
