package dev.statebench.report;

import dev.statebench.results.sim.InstancesNeeded;
import dev.statebench.results.sim.ScenarioEvent;
import dev.statebench.results.sim.SimulationResult;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The question a simulator scenario answers, recognised from its typed content (its scheduled events, sweep and
 * metrics), never from its file name: the report can then cite the right scenario for each claim whatever the files
 * are called.
 */
enum ScenarioRole {
  /** No fleet events, and a sweep over how long clients stay ({@code sessions.length}) with sticky routing. */
  STEADY_SKEW("steady-state load skew", r -> r.scenario().events().isEmpty()
      && r.scenario().sweep().stream().anyMatch(d -> "sessions.length".equals(d.key()))
      && r.policies().stream().anyMatch(p -> p.policy().startsWith("sticky"))),
  /** One instance is killed. */
  INSTANCE_KILL("instance kill", r -> r.scenario().event(ScenarioEvent.Kind.KILL).isPresent()),
  /** Every instance is replaced, one at a time. */
  ROLLING_DEPLOY("rolling deploy", r -> r.scenario().event(ScenarioEvent.Kind.ROLLING_DEPLOY).isPresent()),
  /** Instances are added. */
  SCALE_OUT("scale-out", r -> r.scenario().event(ScenarioEvent.Kind.ADD).isPresent()),
  /** One instance slows down for a while. */
  SLOW_BACKEND("slow instance", r -> r.scenario().event(ScenarioEvent.Kind.SLOW).isPresent()),
  /** A sweep over the fleet size with a p99 target: how many instances each state model needs. */
  CAPACITY("instances needed", InstancesNeeded::applies),
  /** Every variant measures the time from revoking a session to its denial (the revocation-window sweep). */
  REVOCATION("revocation window", r -> !r.policies().isEmpty()
      && r.policies().stream().allMatch(p -> p.metrics().revocation() != null));

  private final String title;
  private final Predicate<SimulationResult> recognises;

  ScenarioRole(String title, Predicate<SimulationResult> recognises) {
    this.title = title;
    this.recognises = recognises;
  }

  String title() {
    return title;
  }

  /** The first scenario of the run that plays this role. */
  Optional<ResultFolder.SimResult> in(List<ResultFolder.SimResult> simulations) {
    return simulations.stream().filter(s -> recognises.test(s.result())).findFirst();
  }
}
