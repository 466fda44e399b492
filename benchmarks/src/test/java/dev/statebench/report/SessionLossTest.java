package dev.statebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.results.sim.Engine;
import dev.statebench.results.sim.PolicyResult;
import dev.statebench.results.sim.ScenarioEcho;
import dev.statebench.results.sim.SimVariant;
import dev.statebench.results.sim.SimulationResult;
import dev.statebench.results.sim.TimeSeries;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionLossTest {
  @Test
  void liveSessions_areReadFromTheLastWindowThatEndsBeforeTheEvent() {
    // 5 s windows; the event at 15 s: window 1 ends at 10 s (< 15), window 2 ends at 15 s and already shows the kill
    // live before = 40 + 60 = 100 (window 1), not 40 + 0 (window 2)
    TimeSeries series = new TimeSeries(5, List.of(), List.of(), List.of(),
        List.of(List.of(10.0, 20.0), List.of(40.0, 60.0), List.of(40.0, 0.0), List.of(45.0, 0.0)), List.of(),
        List.of(), List.of());
    PolicyResult sticky = new PolicyResult("sticky", SimVariant.NONE, null, null, series);
    PolicyResult stateless = new PolicyResult("p2c", SimVariant.NONE, null, null, new TimeSeries(5, List.of(),
        List.of(), List.of(), List.of(List.of(0.0, 0.0), List.of(0.0, 0.0), List.of(0.0, 0.0)), List.of(), List.of(),
        List.of()));
    SimulationResult result = new SimulationResult(2, new Engine("lb-sim", "test"), "t", 1, 1,
        new ScenarioEcho("t", 1, 1, null, null, null, null, null, null, null, null, null, null, null), List.of(),
        List.of(stateless, sticky));

    assertThat(SessionLoss.liveBefore(result, 15)).hasValue(100.0);
    // no window ends before 5 s: no denominator
    assertThat(SessionLoss.liveBefore(result, 5)).isEmpty();
  }
}
