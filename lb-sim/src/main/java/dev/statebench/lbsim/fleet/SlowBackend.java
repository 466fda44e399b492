package dev.statebench.lbsim.fleet;

import dev.statebench.lbsim.engine.FleetControl;
import dev.statebench.lbsim.engine.FleetEvent;

/** Scenario event {@code {at: T, slow: b, speed: f}}: backend b serves at f × its nominal speed from now on. */
public record SlowBackend(int backend, double factor) implements FleetEvent {
  @Override
  public void apply(FleetControl control, long now) {
    control.slow(backend, factor, "slow " + control.fleet().name(backend));
  }
}
