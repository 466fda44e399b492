package dev.statebench.lbsim.engine;

/** One step of a slow start: the new backend's speed rises to {@code speed} (not recorded as a fleet event). */
record SpeedStep(int backend, double speed) implements FleetEvent {
  @Override
  public void apply(FleetControl control, long now) {
    control.fleet().setSpeed(backend, speed);
  }
}
