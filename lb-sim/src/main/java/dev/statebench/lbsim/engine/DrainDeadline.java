package dev.statebench.lbsim.engine;

/** The end of a drain: whatever the drained backend still holds is killed (nothing, if it was killed already). */
record DrainDeadline(int backend) implements FleetEvent {
  @Override
  public void apply(FleetControl control, long now) {
    control.kill(backend, "drain deadline " + control.fleet().name(backend));
  }
}
