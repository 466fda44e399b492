package dev.statebench.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionIdTest {

  @Test
  void random_gives22Base64urlCharactersCarrying128Bits() {
    SessionId id = SessionId.random();

    assertThat(id.value()).hasSize(22).matches("[A-Za-z0-9_-]{21}[AQgw]");
    assertThat(Base64.getUrlDecoder().decode(id.value())).hasSize(16);
  }

  @Test
  void random_doesNotRepeatInManyDraws() {
    Set<SessionId> seen = new HashSet<>();
    for (int i = 0; i < 100_000; i++) {
      assertThat(seen.add(SessionId.random())).isTrue();
    }
  }

  @Test
  void parse_acceptsWhatRandomProduces() {
    SessionId id = SessionId.random();

    assertThat(SessionId.parse(id.value())).isEqualTo(id);
  }

  @Test
  void deterministic_isStableAndDistinctAcrossIndexesAndSeeds() {
    assertThat(SessionId.deterministic(1, 5)).isEqualTo(SessionId.deterministic(1, 5));
    Set<SessionId> seen = new HashSet<>();
    for (long seed = 0; seed < 4; seed++) {
      for (long index = 0; index < 50_000; index++) {
        assertThat(seen.add(SessionId.deterministic(seed, index))).isTrue();
      }
    }
  }

  @Test
  void malformedText_isRejectedWithoutEchoingIt() {
    assertThatThrownBy(() -> SessionId.parse("tooShort")).isInstanceOf(InvalidSessionIdException.class)
        .hasMessageContaining("22").hasMessageNotContaining("tooShort");
    assertThatThrownBy(() -> SessionId.parse("secretsecretsecretsec/A"))
        .isInstanceOf(InvalidSessionIdException.class);
    assertThatThrownBy(() -> SessionId.parse("AAAAAAAAAAAAAAAAAAAA/A")).isInstanceOf(InvalidSessionIdException.class)
        .hasMessageContaining("character 21");
    assertThatThrownBy(() -> SessionId.parse(null)).isInstanceOf(InvalidSessionIdException.class);
  }
}
