package dev.statebench.lbsim.fleet;

import dev.statebench.lbsim.engine.BackendSpec;
import dev.statebench.lbsim.engine.FleetControl;
import dev.statebench.lbsim.engine.FleetEvent;

/**
 * Scenario event {@code {at: T, add: n, slow-start: D}}: n backends like the starting ones join, each named
 * {@code backend-<number>}, optionally starting slow.
 *
 * @param template the starting backends' specification (its name is not used)
 * @param slowStartNanos 0, or the time over which a new backend's speed rises from a tenth to nominal
 * @param label what the event records say ("add" or "deploy: add")
 */
public record AddBackends(int count, BackendSpec template, long slowStartNanos, String label) implements FleetEvent {
  @Override
  public void apply(FleetControl control, long now) {
    for (int k = 0; k < count; k++) {
      add(control, template, slowStartNanos, label);
    }
  }

  @Override
  public boolean scalesOut() {
    return true;
  }

  /** Adds one backend numbered after the existing ones. */
  static void add(FleetControl control, BackendSpec template, long slowStartNanos, String label) {
    String name = "backend-" + control.fleet().count();
    control.add(new BackendSpec(name, template.workers(), template.queueLimit(), template.speed(), template.weight()),
        slowStartNanos, label + " " + name);
  }
}
