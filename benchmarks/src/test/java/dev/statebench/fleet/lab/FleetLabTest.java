package dev.statebench.fleet.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statebench.UserFacingException;
import dev.statebench.fleet.app.StateModel;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real app instances (separate JVMs) behind a real HAProxy: stickiness, a kill under local state, cleanup. */
class FleetLabTest {
  private static final InstanceSpec LOCAL = new InstanceSpec(StateModel.LOCAL, 2, "fixed", 1_000_000, 1, 1_000_000,
      Map.of());

  @TempDir
  Path dir;

  @Test
  void stickyCookie_keepsASessionOnTheInstanceThatLoggedItIn() throws Exception {
    try (Fleet fleet = Fleet.start(HaproxyBinary.locate(), HaproxyPolicy.of("sticky(inner=round-robin)"), LOCAL, 3, 0,
        0, dir, 1)) {
      for (int s = 0; s < 3; s++) {
        LabHttp session = new LabHttp(fleet.port());
        LabHttp.Answer login = session.login();
        List<LabHttp.Answer> answers = new ArrayList<>();
        for (int r = 0; r < 8; r++) {
          answers.add(session.work());
        }
        assertThat(login.status()).isEqualTo(200);
        assertThat(answers).allSatisfy(a -> assertThat(a).isEqualTo(new LabHttp.Answer(200, login.instance())));
      }
    }
  }

  @Test
  void roundRobinWithLocalState_answers401WhereverTheSessionIsNot() throws Exception {
    try (Fleet fleet = Fleet.start(HaproxyBinary.locate(), HaproxyPolicy.of("round-robin"), LOCAL, 2, 0, 0, dir, 1)) {
      LabHttp session = new LabHttp(fleet.port());
      LabHttp.Answer login = session.login();
      // Round robin over 2 instances: of the next two requests exactly one reaches the other instance.
      List<LabHttp.Answer> answers = List.of(session.work(), session.work());

      assertThat(answers).extracting(LabHttp.Answer::status).containsExactlyInAnyOrder(200, 401);
      assertThat(answers).filteredOn(a -> a.status() == 200).extracting(LabHttp.Answer::instance)
          .containsExactly(login.instance());
    }
  }

  @Test
  void killUnderLocalState_losesExactlyTheKilledInstancesSessions_whichLogInAgain() throws Exception {
    try (Fleet fleet = Fleet.start(HaproxyBinary.locate(), HaproxyPolicy.of("sticky(inner=round-robin)"), LOCAL, 3, 0,
        0, dir, 1)) {
      List<LabHttp> sessions = new ArrayList<>();
      List<String> homes = new ArrayList<>();
      for (int s = 0; s < 9; s++) {
        LabHttp session = new LabHttp(fleet.port());
        homes.add(session.login().instance());
        sessions.add(session);
      }
      fleet.kill("i1");
      awaitTrue(() -> fleet.api().operationalState("i1") == 0, "HAProxy marks i1 down");

      Set<Integer> expectedLost = new HashSet<>();
      Set<Integer> lost = new HashSet<>();
      for (int s = 0; s < sessions.size(); s++) {
        if (homes.get(s).equals("i1")) {
          expectedLost.add(s);
        }
        LabHttp.Answer answer = sessions.get(s).work();
        if (answer.status() == 401) {
          lost.add(s);
          assertThat(sessions.get(s).login().status()).isEqualTo(200);
          assertThat(sessions.get(s).work().status()).isEqualTo(200);
        } else {
          assertThat(answer).isEqualTo(new LabHttp.Answer(200, homes.get(s)));
        }
      }
      assertThat(expectedLost).isNotEmpty();
      assertThat(lost).isEqualTo(expectedLost);
    }
  }

  @Test
  void scaleOut_putsASpareInServiceForNewSessions() throws Exception {
    try (Fleet fleet = Fleet.start(HaproxyBinary.locate(), HaproxyPolicy.of("sticky(inner=round-robin)"), LOCAL, 1, 1,
        0, dir, 1)) {
      assertThat(new LabHttp(fleet.port()).login().instance()).isEqualTo("i0");

      assertThat(fleet.add(1)).containsExactly("i1");
      Set<String> seen = new HashSet<>();
      for (int s = 0; s < 4; s++) {
        seen.add(new LabHttp(fleet.port()).login().instance());
      }
      assertThat(seen).containsExactlyInAnyOrder("i0", "i1");
    }
  }

  @Test
  void drain_sendsNoNewSessionsButKeepsStickyOnes() throws Exception {
    try (Fleet fleet = Fleet.start(HaproxyBinary.locate(), HaproxyPolicy.of("sticky(inner=round-robin)"), LOCAL, 2, 0,
        0, dir, 1)) {
      LabHttp pinned = new LabHttp(fleet.port());
      String home = pinned.login().instance();

      fleet.drain(home);
      Set<String> newHomes = new HashSet<>();
      for (int s = 0; s < 4; s++) {
        newHomes.add(new LabHttp(fleet.port()).login().instance());
      }
      assertThat(newHomes).doesNotContain(home).hasSize(1);
      assertThat(pinned.work()).isEqualTo(new LabHttp.Answer(200, home));
    }
  }

  @Test
  void restart_bringsAKilledInstanceBackEmpty() throws Exception {
    try (Fleet fleet = Fleet.start(HaproxyBinary.locate(), HaproxyPolicy.of("sticky(inner=round-robin)"), LOCAL, 1, 0,
        0, dir, 1)) {
      LabHttp session = new LabHttp(fleet.port());
      session.login();
      fleet.kill("i0");
      assertThat(fleet.alive("i0")).isFalse();

      fleet.restart("i0");
      awaitTrue(() -> fleet.api().operationalState("i0") == 2, "HAProxy marks i0 up again");

      // Same instance, new process: the session it held is gone.
      assertThat(session.work()).isEqualTo(new LabHttp.Answer(401, "i0"));
      assertThat(session.login()).isEqualTo(new LabHttp.Answer(200, "i0"));
      assertThat(session.work()).isEqualTo(new LabHttp.Answer(200, "i0"));
    }
  }

  @Test
  void close_leavesNoProcessTheLabStarted() throws Exception {
    List<Long> pids;
    Fleet fleet = Fleet.start(HaproxyBinary.locate(), HaproxyPolicy.of("round-robin"), LOCAL, 2, 1, 0, dir, 1);
    try {
      pids = fleet.children().allPids();
      assertThat(pids).hasSize(4).contains(fleet.haproxyProcess().pid());
      assertThat(fleet.children().alivePids()).hasSize(4);
    } finally {
      fleet.close();
    }
    assertThat(pids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(
        java.util.Optional.of(true)));
  }

  @Test
  void instanceThatCannotReachItsStore_failsTheStartOnOneLine_andLeavesNothingRunning() throws Exception {
    int closed;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    InstanceSpec redis = new InstanceSpec(StateModel.REDIS, 2, "fixed", 1_000_000, 1, 1_000_000,
        Map.of("STATEBENCH_REDIS_URL", "redis://127.0.0.1:" + closed));
    List<ProcessHandle> before = ProcessHandle.current().children().toList();

    assertThatThrownBy(() -> Fleet.start(HaproxyBinary.locate(), HaproxyPolicy.of("round-robin"), redis, 2, 0, 0, dir,
        1))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("exited at start-up")
        .hasMessageContaining("unreachable")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive).toList())
        .allSatisfy(child -> assertThat(before).contains(child));
  }

  @Test
  void busyFrontendPort_failsOnOneLineBeforeStartingAnything() throws Exception {
    try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThatThrownBy(() -> Fleet.start(HaproxyBinary.locate(), HaproxyPolicy.of("round-robin"), LOCAL, 1, 0,
          busy.getLocalPort(), dir, 1))
          .isInstanceOf(UserFacingException.class)
          .hasMessageContaining("port " + busy.getLocalPort() + " on 127.0.0.1 is already in use");
    }
  }

  private static void awaitTrue(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() - deadline > 0) {
        throw new AssertionError("timed out waiting until " + what);
      }
      LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
    }
  }
}
