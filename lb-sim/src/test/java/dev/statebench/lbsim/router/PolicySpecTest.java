package dev.statebench.lbsim.router;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PolicySpecTest {

  @Test
  void nestedOptions_areParsedWithTheirParentheses() {
    PolicySpec spec = PolicySpec.parse("bounded-load(inner=maglev(table=7, key=client), factor=1.5)", "policies[0]");
    assertThat(spec.name()).isEqualTo("bounded-load");
    assertThat(spec.stringOption("inner", null)).isEqualTo("maglev(table=7, key=client)");
    assertThat(spec.doubleOption("factor", 1.25, 1)).isEqualTo(1.5);
  }

  @Test
  void unknownPolicy_isRefusedWithItsPosition() {
    assertThatThrownBy(() -> Fleets.router("least-loaded", Fleets.of(2)))
        .hasMessageStartingWith("test: unknown policy 'least-loaded'");
  }

  @Test
  void unknownOption_isRefusedNamingTheOption() {
    assertThatThrownBy(() -> Fleets.router("p2c(choices=3)", Fleets.of(2)))
        .hasMessageContaining("policy 'p2c' has no option 'choices'");
  }

  @Test
  void every_registeredPolicy_routesOnlyToLiveBackends() {
    for (String name : RouterRegistry.names()) {
      var fleet = Fleets.of(5);
      Router router = Fleets.router(name, fleet);
      fleet.remove(2, 0);
      for (long key = 0; key < 1000; key++) {
        assertThat(Fleets.route(router, key)).as(name).isNotEqualTo(2).isBetween(0, 4);
      }
    }
  }
}
