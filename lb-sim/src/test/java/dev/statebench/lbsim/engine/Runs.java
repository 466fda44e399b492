package dev.statebench.lbsim.engine;

import dev.statebench.lbsim.metrics.ReplicationResult;
import dev.statebench.lbsim.router.PolicySpec;
import dev.statebench.lbsim.router.RouterRegistry;
import dev.statebench.lbsim.scenario.ScenarioLoader;
import java.util.List;

/** Runs one replication of a scenario given as YAML text, for engine tests. */
final class Runs {
  private Runs() {}

  static ReplicationResult run(String yaml, String policy, int replication, String... overrides) {
    SimulationConfig config = ScenarioLoader.parse(yaml, "test", List.of(overrides)).config();
    return new Simulation(config, env -> RouterRegistry.create(PolicySpec.parse(policy, "test"), env), replication,
        fraction -> { }).run();
  }
}
