package dev.statebench.lbsim.fleet;

import dev.statebench.lbsim.engine.DrainMode;
import dev.statebench.lbsim.engine.FleetControl;
import dev.statebench.lbsim.engine.FleetEvent;

/**
 * Scenario event {@code {at: T, drain: b, deadline: D, mode: haproxy|deregister}}: backend b stops taking new work
 * as the mode says; whatever it still holds after D is killed.
 */
public record DrainBackend(int backend, long deadlineNanos, DrainMode mode) implements FleetEvent {
  @Override
  public void apply(FleetControl control, long now) {
    control.drain(backend, deadlineNanos, mode, "drain " + control.fleet().name(backend));
  }
}
