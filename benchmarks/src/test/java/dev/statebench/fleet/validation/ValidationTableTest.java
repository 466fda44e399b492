package dev.statebench.fleet.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.UserFacingException;
import dev.statebench.results.sim.Engine;
import dev.statebench.results.sim.Estimate;
import dev.statebench.results.sim.LatencySummary;
import dev.statebench.results.sim.MeanAndMax;
import dev.statebench.results.sim.PerBackend;
import dev.statebench.results.sim.PolicyResult;
import dev.statebench.results.sim.RequestCounts;
import dev.statebench.results.sim.ScenarioEcho;
import dev.statebench.results.sim.SessionMetrics;
import dev.statebench.results.sim.SimMetrics;
import dev.statebench.results.sim.SimVariant;
import dev.statebench.results.sim.SimulationResult;
import dev.statebench.results.sim.SimulationResultWriter;
import dev.statebench.results.sim.Skew;
import dev.statebench.results.sim.SkewMeasures;
import dev.statebench.results.sim.StoreMetrics;
import dev.statebench.results.sim.TimeSeries;
import dev.statebench.results.sim.UtilizationMetrics;
import dev.statebench.results.sim.VariantSetting;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationTableTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** An estimate over n runs with the given 95% half-width (null for one run). */
  private static Estimate e(double mean, Double halfWidth, int n) {
    return new Estimate(mean, halfWidth, 0.95, n);
  }

  /** Metrics whose p50 and sessions lost are given; every other metric is a zero the table does not judge here. */
  private static SimMetrics metrics(Estimate p50, Estimate lost, Estimate liveAtEvent, boolean simulated) {
    Estimate zero = e(0, simulated ? 0.0 : null, simulated ? 3 : 1);
    LatencySummary latency = new LatencySummary(zero, p50, zero, zero, zero, zero);
    SkewMeasures skew = new SkewMeasures(zero, zero, zero);
    return new SimMetrics(new RequestCounts(zero, zero, zero, simulated ? zero : null, zero, zero, zero,
        simulated ? zero : null), zero, latency, simulated ? latency : null,
        simulated ? new UtilizationMetrics(zero, zero, zero, zero) : null,
        simulated ? new MeanAndMax(zero, zero) : null, new Skew(skew, simulated ? skew : null),
        new SessionMetrics(lost, zero, liveAtEvent), simulated ? new StoreMetrics(zero) : null, null, null, null, null);
  }

  private static SimulationResult sim() throws IOException {
    // live sessions per window (two backends): 10, 30, 2
    TimeSeries series = new TimeSeries(1, List.of(), List.of(), List.of(), List.of(List.of(5.0, 5.0),
        List.of(15.0, 15.0), List.of(1.0, 1.0)), List.of(), List.of(), List.of());
    PolicyResult sticky = new PolicyResult("sticky", variant("local"), metrics(e(10, 1.0, 3), e(20, 3.0, 3), null,
        true), new PerBackend(List.of(), List.of(), List.of(), List.of()), series);
    PolicyResult p2c = new PolicyResult("p2c", SimVariant.NONE, metrics(e(9, 1.0, 3), e(0, 0.0, 3), null, true),
        new PerBackend(List.of(), List.of(), List.of(), List.of()), null);
    return result("lb-sim", 3, List.of(sticky, p2c));
  }

  private static SimulationResult real() throws IOException {
    PolicyResult sticky = new PolicyResult("sticky", variant("local"), metrics(e(11.5, null, 1), e(9, null, 1),
        e(30, null, 1), false), new PerBackend(List.of(), null, null, List.of()), null);
    return result("statebench-fleet", 1, List.of(sticky));
  }

  private static SimVariant variant(String label) throws IOException {
    return new SimVariant(label, List.of(new VariantSetting("state", label, JSON.readTree("{\"model\": \"" + label
        + "\"}"))));
  }

  private static SimulationResult result(String engine, int n, List<PolicyResult> policies) throws IOException {
    ScenarioEcho echo = JSON.readValue("{\"name\": \"kill\", \"events\": [{\"at\": \"2s\", \"kill\": 1}]}",
        ScenarioEcho.class);
    return new SimulationResult(2, new Engine(engine, "2"), "kill", 1, n, echo, List.of(), policies);
  }

  @TempDir
  Path dir;

  @Test
  void realRun_isJudgedAgainstTheSimulatorsPredictionIntervalForOneRun() throws IOException {
    List<ValidationRow> rows = ValidationTable.rows("kill", write("sim.json", sim()), write("real.json", real()));

    // p50: ci95 1 with n = 3 -> prediction half-width 1 * sqrt(4) = 2: 11.5 lies in 8 .. 12.
    ValidationRow p50 = rows.get(0);
    assertThat(p50.metric()).isEqualTo("latency p50 (ms)");
    assertThat(p50.simPrediction()).isCloseTo(2, within(1e-12));
    assertThat(p50.agrees()).isTrue();
    // Lost: 20 of the 30 sessions live in the window ending at the kill (2 s, window 1) -> 0.667,
    // half-width 3 * 2 / 30 = 0.2; real 9 of 30 = 0.3 lies outside.
    ValidationRow fraction = rows.get(rows.size() - 1);
    assertThat(fraction.metric()).isEqualTo("fraction of live sessions lost");
    assertThat(fraction.simMean()).isCloseTo(20.0 / 30, within(1e-12));
    assertThat(fraction.simPrediction()).isCloseTo(0.2, within(1e-12));
    assertThat(fraction.real()).isCloseTo(0.3, within(1e-12));
    assertThat(fraction.agrees()).isFalse();
    // The p2c policy has no real result: no row.
    assertThat(rows).extracting(ValidationRow::policy).containsOnly("sticky @ local");
    assertThat(ValidationTable.markdown(rows)).contains("| kill | sticky @ local | latency p50 (ms) | 10.0 ± 1.00 (3) |"
        + " 8.00 … 12.0 | 11.5 | yes |");
  }

  @Test
  void swappedFiles_areRefused() throws IOException {
    Path sim = write("sim.json", sim());
    Path real = write("real.json", real());

    assertThatThrownBy(() -> ValidationTable.rows("kill", real, sim)).isInstanceOf(UserFacingException.class)
        .hasMessageContaining("expected an lb-sim result and a statebench fleet result");
  }

  private Path write(String name, SimulationResult result) throws IOException {
    StringWriter text = new StringWriter();
    new SimulationResultWriter().write(result, text);
    return Files.writeString(dir.resolve(name), text.toString());
  }
}
