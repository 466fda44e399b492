package dev.statebench.lbsim.validation;

import dev.statebench.lbsim.experiment.ExperimentResult;
import dev.statebench.lbsim.experiment.ExperimentRunner;
import dev.statebench.lbsim.metrics.Estimate;
import dev.statebench.lbsim.scenario.ScenarioLoader;
import java.util.List;

/** Runs a scenario given as YAML text on both cores, quietly, and reads one metric. */
final class Experiments {
  private Experiments() {}

  static ExperimentResult run(String yaml, String... overrides) {
    return new ExperimentRunner(2, null).run(ScenarioLoader.parse(yaml, "test", List.of(overrides)));
  }

  static Estimate metric(ExperimentResult result, int policy, String name) {
    return result.policies().get(policy).metrics().get(name);
  }
}
