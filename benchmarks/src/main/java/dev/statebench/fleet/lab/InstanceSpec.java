package dev.statebench.fleet.lab;

import dev.statebench.fleet.app.StateModel;
import java.util.Map;

/**
 * How every app instance of a run is started: state model, worker slots, service and login times (the
 * {@code statebench app} options), and the environment naming Redis and PostgreSQL (which may hold passwords: it is
 * passed in the environment, never on the command line, and never logged).
 *
 * @param state the state model
 * @param workers service slots per instance
 * @param serviceDist fixed, exponential or lognormal
 * @param serviceMeanNanos mean service time
 * @param serviceCv coefficient of variation for lognormal
 * @param loginMeanNanos mean login time
 * @param environment {@code STATEBENCH_*} variables for the store servers
 */
public record InstanceSpec(StateModel state, int workers, String serviceDist, long serviceMeanNanos, double serviceCv,
    long loginMeanNanos, Map<String, String> environment) {
  public InstanceSpec {
    environment = Map.copyOf(environment);
  }

  @Override
  public String toString() {
    return "InstanceSpec[state=" + state.label() + ", workers=" + workers + ", service=" + serviceDist + " mean "
        + serviceMeanNanos + " ns]";
  }
}
