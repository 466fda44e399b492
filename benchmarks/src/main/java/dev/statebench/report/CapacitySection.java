package dev.statebench.report;

import dev.statebench.results.format.Numbers;
import dev.statebench.results.sim.InstancesNeeded;
import dev.statebench.results.sim.SimulationResult;
import java.util.List;
import java.util.Optional;

/**
 * "Instances needed" per state model, from the capacity scenario, by the one rule of {@link InstancesNeeded}, with
 * the figures that decided it: the smallest fleet that is enough, and why one instance fewer is not.
 */
final class CapacitySection {
  static final String RULE = "A fleet size is enough when no request is rejected, fails, finds no live instance or "
      + "fails for want of the store, the upper end of the p99's 95% interval is within the scenario's p99 target, and "
      + "the workers are less than fully busy at the scenario's designed load: the simulator's designed utilisation "
      + "(offered work ÷ capacity) < 1. Instances needed = the smallest swept fleet size that is enough.";

  private CapacitySection() {}

  static String render(ResultFolder folder) {
    Optional<ResultFolder.SimResult> found = ScenarioRole.CAPACITY.in(folder.simulations());
    if (found.isEmpty()) {
      return "_Not run in this profile (no scenario sweeps the fleet size with a p99 target)._\n";
    }
    SimulationResult result = found.get().result();
    List<InstancesNeeded.Answer> answers = InstancesNeeded.of(result);
    MarkdownTable table = new MarkdownTable("state model", "instances needed", "p99 ms at that size",
        "utilisation designed / achieved", "one fewer: p99 ms", "one fewer: utilisation designed / achieved",
        "one fewer: rejected");
    for (InstancesNeeded.Answer answer : answers) {
      Optional<InstancesNeeded.Candidate> chosen = answer.candidates().stream()
          .filter(c -> answer.instances().isPresent() && c.instances() == answer.instances().getAsInt()).findFirst();
      Optional<InstancesNeeded.Candidate> fewer = chosen.flatMap(c -> answer.candidates().stream()
          .filter(o -> o.instances() < c.instances()).reduce((a, b) -> b));
      table.row(answer.state(), answer.instances().isPresent() ? String.valueOf(answer.instances().getAsInt())
              : "more than swept", chosen.map(c -> Cells.of(c.result().metrics().latencyMs().p99())).orElse("—"),
          chosen.map(CapacitySection::utilization).orElse("—"),
          fewer.map(c -> Cells.of(c.result().metrics().latencyMs().p99())).orElse("—"),
          fewer.map(CapacitySection::utilization).orElse("—"),
          fewer.map(c -> Cells.of(c.result().metrics().requests().rejected())).orElse("—"));
    }
    double simulated = result.policies().get(0).metrics().throughputPerSecond().mean();
    String designed = result.scenario().designedRequestsPerSecond().map(Numbers::format).orElse("not stated");
    return "From scenario **" + found.get().name() + "** (p99 target " + result.scenario().report().sloP99().text()
        + ", " + result.scenario().backends().workers() + " workers per instance, n = " + result.replications()
        + " replications). " + RULE + "\n\nDesigned rate: " + designed + " requests/s; simulated throughput: "
        + Numbers.format(simulated) + " requests/s (lb-sim engine 2.0 starts each replication from the session "
        + "process's steady state, so achieved utilisation follows the designed one).\n\n" + table.render();
  }

  private static String utilization(InstancesNeeded.Candidate candidate) {
    return Numbers.percent(candidate.designedUtilization()) + " / "
        + Numbers.percent(candidate.result().metrics().utilization().achieved().mean());
  }
}
