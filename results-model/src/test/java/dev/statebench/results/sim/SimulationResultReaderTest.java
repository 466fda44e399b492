package dev.statebench.results.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statebench.results.ReferenceResults;
import dev.statebench.results.ResultsFormatException;
import dev.statebench.results.schema.ResultFormat;
import dev.statebench.results.schema.ResultSchemas;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SimulationResultReaderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<Path> referenceFiles() throws IOException {
    return ReferenceResults.simulatorFiles();
  }

  @ParameterizedTest
  @MethodSource("referenceFiles")
  void referenceFile_validatesAgainstFormat2AndReadsEveryEngine2Field(Path file) throws IOException {
    JsonNode tree = JSON.readTree(file.toFile());
    assertThat(ResultSchemas.violations(tree, ResultFormat.SIMULATION_2)).isEmpty();

    SimulationResult result = new SimulationResultReader().read(file);

    assertThat(result.formatVersion()).isEqualTo(2);
    assertThat(result.engine().version()).isEqualTo("2.0");
    assertThat(result.warnings()).hasSize(tree.path("warnings").size());
    assertThat(result.policies()).hasSize(tree.path("policies").size());
    for (int i = 0; i < result.policies().size(); i++) {
      PolicyResult policy = result.policies().get(i);
      JsonNode written = tree.path("policies").get(i);
      assertThat(policy.variant().label()).isEqualTo(written.path("variant").path("label").asText());
      assertThat(policy.variant().settings().isEmpty()).isEqualTo(result.scenario().sweep().isEmpty());
      assertThat(policy.metrics().latencyMs().p99().level()).isEqualTo(0.95);
      assertThat(policy.metrics().utilization().achieved().mean())
          .isEqualTo(written.at("/metrics/utilization/achieved/mean").asDouble());
      assertThat(policy.metrics().requests().unavailable().mean())
          .isEqualTo(written.at("/metrics/requests/unavailable/mean").asDouble());
      assertThat(policy.metrics().sessions().opened().mean())
          .isEqualTo(written.at("/metrics/sessions/opened/mean").asDouble());
      assertThat(policy.perBackend().liveSeconds()).hasSize(written.at("/per_backend/live_s").size());
    }
  }

  @ParameterizedTest
  @MethodSource("referenceFiles")
  void referenceFile_writtenInFormat2_validatesAndReadsBackEqual(Path file) throws IOException {
    SimulationResult read = new SimulationResultReader().read(file);
    StringWriter out = new StringWriter();
    new SimulationResultWriter().write(read, out);

    JsonNode written = JSON.readTree(out.toString());
    assertThat(ResultSchemas.violations(written, ResultFormat.SIMULATION_2)).isEmpty();
    SimulationResult again = new SimulationResultReader().read(written, "round trip");
    assertThat(again.formatVersion()).isEqualTo(2);
    assertThat(again.policies()).isEqualTo(read.policies());
  }

  @Test
  void authInFleetVariant_carriesStateAlgorithmAndFleetSizeAsFields() {
    SimulationResult result = new SimulationResultReader().read(ReferenceResults.DIR.resolve("sim/6-auth-in-fleet.json"));

    // sweep: state (6 labelled values) x backends.count [2,3,4,5,6,8]; index 2*6+3 = jwt-ES256 with 5 backends
    PolicyResult es256Five = result.policies().get(15);
    assertThat(es256Five.variant().state()).get().extracting(StateSetting::model, StateSetting::algorithm)
        .containsExactly("jwt", "ES256");
    assertThat(es256Five.variant().backendCount()).hasValue(5);
    assertThat(es256Five.variant().labelOf("state")).hasValue("jwt-ES256");
  }

  @Test
  void setSweepVariant_carriesStateAndPoliciesOfItsSet() {
    SimulationResult result = new SimulationResultReader().read(ReferenceResults.DIR.resolve("sim/2-instance-kill.json"));

    PolicyResult redisP2c = result.policies().get(2);
    assertThat(redisP2c.variant().label()).isEqualTo("redis + p2c");
    assertThat(redisP2c.variant().state()).get().extracting(StateSetting::model).isEqualTo("redis");
    assertThat(redisP2c.variant().policies()).hasValue(List.of("p2c(d=2)"));
    assertThat(result.scenario().event(ScenarioEvent.Kind.KILL)).get().extracting(e -> e.at().seconds())
        .isEqualTo(360.0);
  }

  @Test
  void revocationVariant_typesTheAccessTokenLifetime() {
    SimulationResult result =
        new SimulationResultReader().read(ReferenceResults.DIR.resolve("sim/7-revocation-window.json"));

    assertThat(result.policies().get(2).variant().state()).get()
        .extracting(s -> s.accessTtl().seconds()).isEqualTo(60.0);
  }

  @Test
  void format1File_isRejectedSayingToRerunTheSimulator() throws IOException {
    ObjectNode tree = (ObjectNode) JSON.readTree(ReferenceResults.DIR.resolve("sim/reference.json").toFile());
    tree.remove("format_version");

    assertThatThrownBy(() -> new SimulationResultReader().read(tree, "old.json"))
        .isInstanceOf(ResultsFormatException.class)
        .hasMessageContaining("old.json").hasMessageContaining("format_version 1").hasMessageContaining("re-run lb-sim");
  }

  @Test
  void revocationFile_carriesExposureSeparatelyFromDelay() {
    SimulationResult result =
        new SimulationResultReader().read(ReferenceResults.DIR.resolve("sim/7-revocation-window.json"));

    RevocationMetrics revocation = result.policies().get(0).metrics().revocation();
    assertThat(revocation.exposureMeanSeconds()).isNotNull();
    assertThat(revocation.delayMeanSeconds()).isNotNull();
  }

  @Test
  void missingMetric_isRejectedWithTheSchemaLocation() throws IOException {
    ObjectNode tree = (ObjectNode) JSON.readTree(ReferenceResults.DIR.resolve("sim/reference.json").toFile());
    ((ObjectNode) tree.path("policies").get(0).path("metrics")).remove("latency_ms");

    assertThatThrownBy(() -> new SimulationResultReader().read(tree, "cut.json"))
        .isInstanceOf(ResultsFormatException.class)
        .hasMessageContaining("cut.json").hasMessageContaining("latency_ms");
  }

  @Test
  void unknownFormatVersion_isRejected() throws IOException {
    ObjectNode tree = (ObjectNode) JSON.readTree(ReferenceResults.DIR.resolve("sim/reference.json").toFile());
    tree.put("format_version", 9);

    assertThatThrownBy(() -> new SimulationResultReader().read(tree, "future.json"))
        .isInstanceOf(ResultsFormatException.class).hasMessageContaining("format_version 9");
  }

  @Test
  void resultThatBreaksTheSchema_isRefusedBeforeAnythingIsWritten() {
    SimulationResult read = new SimulationResultReader().read(ReferenceResults.DIR.resolve("sim/reference.json"));
    PolicyResult first = read.policies().get(0);
    Estimate bad = new Estimate(1, 0.1, 95, 5);
    SimMetrics m = first.metrics();
    SimMetrics broken = new SimMetrics(m.requests(), bad, m.latencyMs(), m.queueingMs(), m.utilization(),
        m.outstanding(), m.skew(), m.sessions(), m.store(), m.eventWindow(), m.events(), m.revocation(),
        m.scaleout());
    SimulationResult result = new SimulationResult(2, read.engine(), read.scenarioName(), read.seed(),
        read.replications(), read.scenario(), read.warnings(), List.of(new PolicyResult(first.policy(),
            first.variant(), broken, first.perBackend(), first.timeSeries())));
    StringWriter out = new StringWriter();

    assertThatThrownBy(() -> new SimulationResultWriter().write(result, out))
        .isInstanceOf(ResultsFormatException.class).hasMessageContaining("throughput_per_s");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void fileThatIsNotJson_isRejectedInOneLine() throws IOException {
    Path file = Files.createTempFile("broken", ".json");
    Files.writeString(file, "{ not json");
    try {
      assertThatThrownBy(() -> new SimulationResultReader().read(file))
          .isInstanceOf(ResultsFormatException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").contains("not readable as JSON"));
    } finally {
      Files.delete(file);
    }
  }
}
