package dev.statebench.results.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.statebench.results.ReferenceResults;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InstancesNeededTest {
  /**
   * 6-auth-in-fleet as lb-sim 2.0 wrote it with the committed cost defaults of 2026-11-29 (ES256 verification a
   * lognormal of mean 0.9 ms), kept as a fixture so the hand-computed figures below do not move with each reference run.
   */
  private static final SimulationResult AUTH = read("/sim/6-auth-in-fleet-es256-900us.json");

  @Test
  void es256_needsFiveBecauseFourWouldBeOverloadedAtTheDesignedRate() {
    InstancesNeeded.Answer es256 = answers().get("jwt-ES256");

    // designed load: 300 sessions/s x 20 requests = 6,000 req/s x (0.5 ms work + 0.9 ms ES256 verification)
    // = 8.4 cores; 4 instances x 2 workers = 8 cores -> designed utilisation 8.4 / 8 = 1.05, not enough;
    // 5 instances: 8.4 / 10 = 0.84
    InstancesNeeded.Candidate four = es256.candidates().stream().filter(c -> c.instances() == 4).findFirst()
        .orElseThrow();
    assertThat(four.designedUtilization()).isCloseTo(6000 * 1.4e-3 / 8, within(1e-9));
    assertThat(four.enough()).isFalse();
    assertThat(es256.instances()).isEqualTo(OptionalInt.of(5));
  }

  @Test
  void everyStateModelOfTheSweep_getsAnAnswerWithinTheSweptSizes() {
    Map<String, InstancesNeeded.Answer> answers = answers();

    assertThat(answers.keySet()).containsExactly("jwt-HS256", "jwt-RS256", "jwt-ES256", "jwt-EdDSA", "redis", "sql");
    // EdDSA on 2 instances rejects requests (queue full), so it needs at least 3
    assertThat(answers.get("jwt-EdDSA").instances().getAsInt()).isGreaterThanOrEqualTo(3);
    answers.values().forEach(a -> assertThat(a.instances()).as(a.state()).isPresent());
  }

  @Test
  void scenarioWithoutAFleetSweep_hasNoCapacityAnswer() {
    SimulationResult reference = new SimulationResultReader().read(ReferenceResults.DIR.resolve("sim/reference.json"));

    assertThat(InstancesNeeded.applies(reference)).isFalse();
    assertThat(InstancesNeeded.of(reference)).isEmpty();
  }

  private static SimulationResult read(String resource) {
    try {
      return new SimulationResultReader().read(Path.of(InstancesNeededTest.class.getResource(resource).toURI()));
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, InstancesNeeded.Answer> answers() {
    List<InstancesNeeded.Answer> answers = InstancesNeeded.of(AUTH);
    return answers.stream().collect(Collectors.toMap(InstancesNeeded.Answer::state, a -> a, (a, b) -> a,
        java.util.LinkedHashMap::new));
  }
}
