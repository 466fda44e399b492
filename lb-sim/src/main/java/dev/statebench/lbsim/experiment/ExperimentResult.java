package dev.statebench.lbsim.experiment;

import dev.statebench.lbsim.metrics.PolicyResult;
import dev.statebench.lbsim.scenario.Scenario;
import java.util.List;

/** The results of every policy of a scenario, in the scenario's policy order. */
public record ExperimentResult(Scenario scenario, List<PolicyResult> policies) {}
