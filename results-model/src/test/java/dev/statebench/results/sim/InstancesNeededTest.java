package dev.statebench.results.sim;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.results.ReferenceResults;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InstancesNeededTest {
  private static final SimulationResult AUTH =
      new SimulationResultReader().read(ReferenceResults.DIR.resolve("sim/6-auth-in-fleet.json"));

  @Test
  void es256_needsFiveBecauseFourWouldBeOverloadedAtTheDesignedRate() {
    InstancesNeeded.Answer es256 = answers().get("jwt-ES256");

    // designed rate 300 sessions/s x 20 requests = 6,000/s; simulated 5,053/s at 85.3% busy on 4 instances:
    // 0.853 x 6000 / 5053 = 1.01 -> not enough, although its p99 (8.2 + 1.1 ms) meets the 10 ms target
    InstancesNeeded.Candidate four = es256.candidates().stream().filter(c -> c.instances() == 4).findFirst()
        .orElseThrow();
    assertThat(four.result().metrics().latencyMs().p99().upper()).isLessThan(10);
    assertThat(four.projectedUtilization()).isGreaterThan(1);
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

  private static Map<String, InstancesNeeded.Answer> answers() {
    List<InstancesNeeded.Answer> answers = InstancesNeeded.of(AUTH);
    return answers.stream().collect(Collectors.toMap(InstancesNeeded.Answer::state, a -> a, (a, b) -> a,
        java.util.LinkedHashMap::new));
  }
}
