package dev.statebench.lbsim.fleet;

import dev.statebench.lbsim.engine.FleetControl;
import dev.statebench.lbsim.engine.FleetEvent;

/** Scenario event {@code {at: T, heal: b}} (or the end of a slow-down's {@code for}): back to nominal speed. */
public record HealBackend(int backend) implements FleetEvent {
  @Override
  public void apply(FleetControl control, long now) {
    control.heal(backend, "heal " + control.fleet().name(backend));
  }
}
