package dev.statebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.results.sim.Engine;
import dev.statebench.results.sim.MeasuredCost;
import dev.statebench.results.sim.PolicyResult;
import dev.statebench.results.sim.ScenarioEcho;
import dev.statebench.results.sim.SimInputs;
import dev.statebench.results.sim.SimVariant;
import dev.statebench.results.sim.SimulationResult;
import dev.statebench.results.sim.VariantSetting;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SimCostSourcesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void eachCostTheStateModelsUse_namesThisRunsMeasurementOrTheCommittedDefault() throws IOException {
    SimInputs.Costs measured = new SimInputs.Costs(
        Map.of("redis", MeasuredCost.empirical("lookup-redis.hlog", "hlog/ (2 files): RedisLookupBenchmark.lookup")),
        Map.of("HS256", MeasuredCost.lognormal(7850, 0.3, "jmh.json: JwtVerifyBenchmark.verify {alg=HS256}")));
    SimulationResult result = result(measured, "{\"model\": \"local\"}", "{\"model\": \"redis\"}",
        "{\"model\": \"jwt\", \"algorithm\": \"ES256\"}", "{\"model\": \"jwt\"}");

    assertThat(SimCostSources.describe(result)).isEqualTo(
        "Redis lookup: this run's measurement, hlog/ (2 files): RedisLookupBenchmark.lookup; "
            + "ES256 verification: " + SimCostSources.DEFAULT + "; "
            + "HS256 verification: this run's measurement, jmh.json: JwtVerifyBenchmark.verify {alg=HS256}");
  }

  @Test
  void resultWithoutEchoedCosts_usedTheCommittedDefaults_andStateWithoutCostsSaysSo() throws IOException {
    assertThat(SimCostSources.describe(result(null, "{\"model\": \"sql\"}")))
        .isEqualTo("PostgreSQL lookup: " + SimCostSources.DEFAULT);
    assertThat(SimCostSources.describe(result(null, "{\"model\": \"local\"}")))
        .startsWith("none");
    assertThat(SimCostSources.describe(result(null, "{\"model\": \"redis\", \"lookup\": {\"dist\": \"fixed\"}}")))
        .isEqualTo("Redis lookup: set in the scenario");
  }

  private static SimulationResult result(SimInputs.Costs costs, String... states) throws IOException {
    List<PolicyResult> policies = new java.util.ArrayList<>();
    for (String state : states) {
      SimVariant variant = new SimVariant(state, List.of(new VariantSetting("state", state, JSON.readTree(state))));
      policies.add(new PolicyResult("p2c(d=2)", variant, null, null, null));
    }
    ScenarioEcho echo = new ScenarioEcho("t", 1, 2, null, null, null, null, null, null, List.of("p2c(d=2)"), null,
        null, null, costs);
    return new SimulationResult(2, new Engine("lb-sim", "2.0"), "t", 1, 2, echo, List.of(), policies);
  }
}
