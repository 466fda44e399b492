package dev.statebench.lbsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;

class OverridesTest {

  private static ObjectNode tree(String yaml) throws Exception {
    return (ObjectNode) new YAMLMapper().readTree(yaml);
  }

  @Test
  void dottedPath_setsNestedValuesParsedAsYaml() throws Exception {
    ObjectNode root = tree("backends: {count: 8}\npolicies: [random, jsq]\n");
    Overrides.apply(root, "backends.count=100");
    Overrides.apply(root, "sessions.length.dist=fixed");
    Overrides.apply(root, "policies.1=p2c(d=3)");
    Overrides.apply(root, "report={window: 5s}");
    assertThat(root.at("/backends/count").asInt()).isEqualTo(100);
    assertThat(root.at("/sessions/length/dist").asText()).isEqualTo("fixed");
    assertThat(root.at("/policies/1").asText()).isEqualTo("p2c(d=3)");
    assertThat(root.at("/report/window").asText()).isEqualTo("5s");
  }

  @Test
  void malformedAssignment_isRefused() throws Exception {
    ObjectNode root = tree("policies: [random]\n");
    assertThatThrownBy(() -> Overrides.apply(root, "backends.count")).hasMessageContaining("expected key=value");
    assertThatThrownBy(() -> Overrides.apply(root, "policies.3=jsq")).hasMessageContaining("must be an index below 1");
  }

  @Test
  void scenarioValuesWithUnits_parseThroughTheSharedUnits() {
    assertThat(SettingsNode.durationAt(TextNode.valueOf("250us"), "think", "a duration")).isEqualTo(250_000.0);
    assertThat(SettingsNode.durationAt(TextNode.valueOf("2min"), "think", "a duration")).isEqualTo(120e9);
    assertThat(SettingsNode.rateAt(TextNode.valueOf("200/s"), "rate")).isEqualTo(200e-9);
    assertThatThrownBy(() -> SettingsNode.durationAt(TextNode.valueOf("5"), "think", "a duration"))
        .hasMessageContaining("think").hasMessageContaining("needs a unit");
  }
}
