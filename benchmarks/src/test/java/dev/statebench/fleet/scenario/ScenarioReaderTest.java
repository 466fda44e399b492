package dev.statebench.fleet.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderTest {
  private static final String BASE = """
      name: kill
      seed: 7
      warmup: 2s
      duration: 1min
      backends: {count: 4, workers: 2, service: {dist: lognormal, mean: 20ms, cv: 1}}
      sessions:
        arrival: {dist: poisson, rate: 120/min}
        length: {dist: geometric, mean: 20}
        think: {dist: exponential, mean: 500ms}
        start: empty
      policies: ['sticky(inner=round-robin)']
      events:
        - {at: 30s, kill: 1}
        - {at: 10s, rolling-deploy: {surge: 2, pace: 5s, deadline: 3s}}
      sweep:
        - labels: [local, redis + p2c]
          set:
            - {state: {model: local}}
            - {state: {model: redis}, policies: ['p2c(d=2)']}
      """;

  @TempDir
  Path dir;

  @Test
  void sweep_givesOneVariantPerEntry_withItsStateAndPolicies() throws IOException {
    List<FleetScenario> variants = ScenarioReader.read(write(BASE));

    assertThat(variants).extracting(v -> v.variant().label()).containsExactly("local", "redis + p2c");
    // typed as the simulator types its variants: one setting per key a sweep entry sets, with the entry's label
    assertThat(variants.get(1).variant().settings()).extracting(s -> s.key() + " " + s.label() + " " + s.value())
        .containsExactly("state redis + p2c {\"model\":\"redis\"}", "policies redis + p2c [\"p2c(d=2)\"]");
    assertThat(variants).extracting(FleetScenario::state).containsExactly("local", "redis");
    assertThat(variants.get(1).policies()).containsExactly("p2c(d=2)");
    FleetScenario first = variants.get(0);
    assertThat(first.durationNanos()).isEqualTo(60_000_000_000L);
    assertThat(first.arrivalPerSecond()).isEqualTo(2.0);
    assertThat(first.service().mean()).isEqualTo(20_000_000.0);
    // Events sorted by time; the rolling deploy replaces all 4 starting instances, so 4 spares are declared.
    assertThat(first.events()).containsExactly(new LabEvent.RollingDeploy(10_000_000_000L, 2, 5_000_000_000L,
        3_000_000_000L), new LabEvent.Kill(30_000_000_000L, 1));
    assertThat(first.spareInstances()).isEqualTo(4);
  }

  @Test
  void requestCountInsteadOfDuration_isRefused() throws IOException {
    Path file = write(BASE.replace("duration: 1min", "requests: 1000"));

    assertThatThrownBy(() -> ScenarioReader.read(file)).isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("requests: the fleet lab runs for a time");
  }

  @Test
  void durationWithoutUnit_isRefusedNamingTheKey() throws IOException {
    Path file = write(BASE.replace("warmup: 2s", "warmup: 2"));

    assertThatThrownBy(() -> ScenarioReader.read(file)).isInstanceOf(ScenarioException.class)
        .hasMessageStartingWith("warmup: expected a duration with a unit");
  }

  @Test
  void killOfAnInstanceThatDoesNotExist_isRefused() throws IOException {
    Path file = write(BASE.replace("kill: 1", "kill: 9"));

    assertThatThrownBy(() -> ScenarioReader.read(file)).isInstanceOf(ScenarioException.class)
        .hasMessageContaining("backend 9 is not one of 0..3");
  }

  @Test
  void stateModelTheAppDoesNotHave_isRefused() throws IOException {
    Path file = write(BASE.replace("{state: {model: local}}", "{state: {model: none}}"));

    assertThatThrownBy(() -> ScenarioReader.read(file)).isInstanceOf(ScenarioException.class)
        .hasMessageContaining("state.model: 'none' is not supported");
  }

  private Path write(String text) throws IOException {
    Path file = dir.resolve("s.yaml");
    Files.writeString(file, text);
    return file;
  }
}
