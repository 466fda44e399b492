package dev.statebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.ops.OpsResults;
import dev.statebench.results.sim.Estimate;
import dev.statebench.results.sim.PolicyResult;
import dev.statebench.results.sim.RequestCounts;
import dev.statebench.results.sim.SimMetrics;
import dev.statebench.results.sim.SimVariant;
import dev.statebench.results.sim.SimulationResult;
import dev.statebench.results.sim.VariantSetting;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The answer table's store-outage cells, from the hand-written outage fixture ({@code beyond-one-machine/ops/}) and a
 * hand-built simulator result; each expected figure is worked out in the comment beside it.
 */
class OutageCellsTest {
  private static final AnswerTable.Strategy REDIS =
      new AnswerTable.Strategy("Redis", r -> false, "redis", "redis", true, null);
  private static final AnswerTable.Strategy JWT_ES256_ACCP =
      new AnswerTable.Strategy("JWT ES256 (ACCP)", r -> false, null, "jwt", false, "ES256");
  private static final AnswerTable.Strategy HYBRID =
      new AnswerTable.Strategy("hybrid", r -> false, "hybrid", null, false, "HS256");
  private static final AnswerTable.Strategy POSTGRES =
      new AnswerTable.Strategy("PostgreSQL", r -> false, "postgres", "sql", true, null);
  private static final AnswerTable.Strategy LOCAL =
      new AnswerTable.Strategy("sticky + local", r -> false, "local", "local", true, null);

  private static OpsResults.Outages outages() throws Exception {
    Path file = Path.of(OutageCellsTest.class.getResource("beyond-one-machine/ops/outages.json").toURI());
    return OpsResults.read(file, OpsResults.Outages.class);
  }

  private static PolicyResult simulated(String model, double issued, double storeFailed) {
    SimVariant variant = new SimVariant("state=" + model, List.of(new VariantSetting("state", model,
        new ObjectMapper().createObjectNode().put("model", model))));
    RequestCounts requests = new RequestCounts(new Estimate(issued, 50.0, 0.95, 5), null, null, null, null, null, null,
        new Estimate(storeFailed, 10.0, 0.95, 5));
    return new PolicyResult("p2c", variant, new SimMetrics(requests, null, null, null, null, null, null, null, null,
        null, null, null, null), null, null);
  }

  private static SimulationResult storeOutage() {
    return new SimulationResult(2, null, "8-store-outage", 1, 5, null, List.of(), List.of(
        simulated("redis", 10_000, 1_500), simulated("jwt", 10_000, 0), simulated("local", 10_000, 0)));
  }

  @Test
  void redis_showsTheMeasuredKillAndTheSimulatedShare() throws Exception {
    OutageCells cells = new OutageCells(Optional.of(outages()), Optional.of(storeOutage()));

    // fixture, redis kill: (500 failed + 100 timed out) / 2,000 offered = 30.0%; simulated 1,500 / 10,000 = 15.0%
    assertThat(cells.cell(REDIS)).isEqualTo("[redis killed 3.00 s: 30.0% of 2,000 failed or timed out; simulated: "
        + "15.0% of requests store-failed (n = 5)](#beyond-one-machine)");
  }

  @Test
  void jwtOfAnyProvider_citesTheHs256MeasurementBecauseVerificationNeedsNoStore() throws Exception {
    OutageCells cells = new OutageCells(Optional.of(outages()), Optional.of(storeOutage()));

    assertThat(cells.cell(JWT_ES256_ACCP)).isEqualTo("[redis killed 3.00 s: 0% of 2,000 failed or timed out (HS256);"
        + " simulated: 0% of requests store-failed (n = 5)](#beyond-one-machine)");
  }

  @Test
  void hybrid_showsEachPolicyMeasuredAndTheRevokedTokensFailOpenLetThrough() throws Exception {
    OutageCells cells = new OutageCells(Optional.of(outages()), Optional.empty());

    // fixture: the kill ran the fail-open hybrid only, which accepted 37 of the 125 revoked tokens presented
    assertThat(cells.cell(HYBRID)).isEqualTo("[fail-open: redis killed 3.00 s: 0% of 2,000 failed or timed out, "
        + "revoked accepted 37 of 125](#beyond-one-machine)");
  }

  @Test
  void strategiesNeitherSideMeasured_sayNotMeasured() throws Exception {
    OutageCells cells = new OutageCells(Optional.of(outages()), Optional.empty());

    assertThat(cells.cell(POSTGRES)).isEqualTo(Cells.NOT_MEASURED);
    assertThat(cells.cell(LOCAL)).isEqualTo(Cells.NOT_MEASURED);
    assertThat(new OutageCells(Optional.empty(), Optional.of(storeOutage())).cell(LOCAL))
        .isEqualTo("[uses no store; simulated: 0% of requests store-failed (n = 5)](#beyond-one-machine)");
  }
}
