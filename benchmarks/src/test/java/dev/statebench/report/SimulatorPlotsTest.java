package dev.statebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatorPlotsTest {
  private static List<Path> files(String... names) {
    return Arrays.stream(names).map(name -> Path.of("sim", name + ".svg")).toList();
  }

  @Test
  void plotKind_isReadAfterTheScenarioName_evenWhenTheNameContainsAKindWord() {
    // "1-steady-skew" contains "-skew" and "7-revocation-window" contains "-revocation": the scenario name wins
    List<Plot> plots = SimulatorPlots.choose(files("1-steady-skew-skew", "7-revocation-window-revocation"),
        List.of("1-steady-skew", "7-revocation-window"));

    assertThat(plots).extracting(Plot::title).containsExactly("Simulator, 1-steady-skew: load skew per policy",
        "Simulator, 7-revocation-window: revocation window against store lookups");
  }

  @Test
  void loadPlots_showOnlyTheFirstPerScenario_andOtherKindsAtMostTwo() {
    List<Plot> plots = SimulatorPlots.choose(files("2-kill-load-a", "2-kill-load-b", "2-kill-latency-cdf-x",
        "2-kill-latency-cdf-y", "2-kill-latency-cdf-z"), List.of("2-kill"));

    assertThat(plots).extracting(Plot::file).containsExactly("sim/2-kill-load-a.svg", "sim/2-kill-latency-cdf-x.svg",
        "sim/2-kill-latency-cdf-y.svg");
    assertThat(plots.get(1).title()).isEqualTo("Simulator, 2-kill: latency distribution per policy (x)");
    assertThat(plots).allSatisfy(plot -> assertThat(plot.caption().split("\\. ")).hasSizeGreaterThanOrEqualTo(2));
  }
}
