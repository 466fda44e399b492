package dev.statebench.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A server start that loses the race for a fresh port is tried again; a port the user chose is not. */
class LocalPortsTest {
  @Test
  void freshPortTakenBeforeTheServerBoundIt_isTriedAgainUntilAStartSucceeds() {
    List<Integer> requested = new ArrayList<>();

    String started = LocalPorts.withRetryOnEphemeralConflict(0, port -> {
      requested.add(port);
      if (requested.size() < 3) {
        throw LocalPorts.portInUse(40_000 + requested.size(), "Redis", null);
      }
      return "started";
    });

    assertThat(started).isEqualTo("started");
    assertThat(requested).containsExactly(0, 0, 0);
  }

  @Test
  void freshPortsLostThreeTimes_giveUpWithThePortInUseError() {
    List<Integer> requested = new ArrayList<>();

    assertThatThrownBy(() -> LocalPorts.withRetryOnEphemeralConflict(0, port -> {
      requested.add(port);
      throw LocalPorts.portInUse(40_000 + requested.size(), "Redis", null);
    })).isInstanceOf(PortInUseException.class).hasMessageContaining("port 40003 ");
    assertThat(requested).hasSize(3);
  }

  @Test
  void chosenPortInUse_isNotTriedAgain() {
    List<Integer> requested = new ArrayList<>();

    assertThatThrownBy(() -> LocalPorts.withRetryOnEphemeralConflict(6380, port -> {
      requested.add(port);
      throw LocalPorts.portInUse(port, "Redis", null);
    })).isInstanceOf(PortInUseException.class).hasMessageContaining("port 6380 ");
    assertThat(requested).containsExactly(6380);
  }
}
