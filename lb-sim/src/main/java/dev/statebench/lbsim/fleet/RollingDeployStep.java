package dev.statebench.lbsim.fleet;

import dev.statebench.lbsim.engine.BackendSpec;
import dev.statebench.lbsim.engine.DrainMode;
import dev.statebench.lbsim.engine.FleetControl;
import dev.statebench.lbsim.engine.FleetEvent;

/**
 * One step of a rolling deploy: for each old backend {@code from} .. {@code to − 1}, a new backend joins and the old
 * one is drained with the deploy's deadline and mode.
 */
public record RollingDeployStep(int from, int to, BackendSpec template, long slowStartNanos, long deadlineNanos,
    DrainMode mode) implements FleetEvent {
  @Override
  public void apply(FleetControl control, long now) {
    for (int b = from; b < to; b++) {
      AddBackends.add(control, template, slowStartNanos, "deploy: add");
      control.drain(b, deadlineNanos, mode, "deploy: drain " + control.fleet().name(b));
    }
  }
}
