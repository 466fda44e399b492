package dev.statebench.lbsim.fleet;

import dev.statebench.lbsim.engine.FleetControl;
import dev.statebench.lbsim.engine.FleetEvent;

/** Scenario event {@code {at: T, kill: b}}: backend b dies abruptly (its requests fail, its local sessions are lost). */
public record KillBackend(int backend) implements FleetEvent {
  @Override
  public void apply(FleetControl control, long now) {
    control.kill(backend, "kill " + control.fleet().name(backend));
  }
}
