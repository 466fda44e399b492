package dev.statebench.fleet.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statebench.UserFacingException;
import dev.statebench.fleet.scenario.ScenarioException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Simulator policy → HAProxy directives, each generated configuration checked by the real {@code haproxy -c}. */
class HaproxyPolicyTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"round-robin", "weighted-round-robin", "random", "least-outstanding", "p2c(d=2)",
      "p2c(d=3, replacement=false)", "source-hash", "ring-hash(vnodes=100)", "ring-hash(key=client)",
      "bounded-load(factor=1.25)", "bounded-load(inner=ring-hash(vnodes=50, key=session), factor=2)",
      "sticky(inner=round-robin)", "sticky(inner=round-robin, cookie=1h, idle=30min)",
      "sticky(inner=least-outstanding, cookie=1d)", "sticky(inner=p2c(d=2), cookie=10min)"})
  void supportedPolicy_rendersAConfigurationHaproxyAccepts(String policy) throws IOException {
    Path config = dir.resolve("haproxy.cfg");
    Files.writeString(config, HaproxyConfig.render(18080, dir.resolve("s.sock"), HaproxyPolicy.of(policy),
        List.of(new ServerSlot("i0", 18081, true), new ServerSlot("i1", 18082, false))));

    HaproxyProcess.check(HaproxyBinary.locate(), config);
  }

  @Test
  void sticky_withLifetimes_insertsACookieWithMaxlifeAndMaxidleInSeconds() {
    HaproxyPolicy policy = HaproxyPolicy.of("sticky(inner=least-outstanding, cookie=1h, idle=30min)");

    assertThat(policy.directives()).containsExactly("balance leastconn",
        "cookie SERVERID insert indirect nocache maxlife 3600s maxidle 1800s");
    assertThat(policy.stickyCookie()).isTrue();
  }

  @Test
  void p2c_mapsToRandomWithThatManyDraws() {
    assertThat(HaproxyPolicy.of("p2c(d=2)").directives()).containsExactly("balance random(2)");
    assertThat(HaproxyPolicy.of("random").directives()).containsExactly("balance random(1)");
  }

  @Test
  void boundedLoad_isConsistentHashingWithABalanceFactorInPercent() {
    assertThat(HaproxyPolicy.of("bounded-load(factor=1.25)").directives())
        .containsExactly("balance hdr(X-Session)", "hash-type consistent", "hash-balance-factor 125");
  }

  @ParameterizedTest
  @ValueSource(strings = {"jsq", "peak-ewma(decay=10s, d=2)", "rendezvous", "maglev(table=65537)",
      "sticky(inner=maglev)"})
  void policyWithoutHaproxyCounterpart_isRefusedNamingIt(String policy) {
    assertThatThrownBy(() -> HaproxyPolicy.of(policy))
        .isInstanceOf(ScenarioException.class)
        .hasMessageContaining("has no HAProxy counterpart")
        .hasMessageContaining(policy);
  }

  @Test
  void boundedLoadOverMaglev_isRefused() {
    assertThatThrownBy(() -> HaproxyPolicy.of("bounded-load(inner=maglev, factor=1.25)"))
        .isInstanceOf(ScenarioException.class).hasMessageContaining("maglev has no counterpart");
  }

  @Test
  void unknownOption_isRefusedNamingIt() {
    assertThatThrownBy(() -> HaproxyPolicy.of("p2c(k=2)"))
        .isInstanceOf(ScenarioException.class).hasMessageContaining("option 'k' of p2c");
  }

  @Test
  void configurationHaproxyRejects_failsWithItsAlertOnOneLine() throws IOException {
    Path config = dir.resolve("bad.cfg");
    Files.writeString(config, "defaults\n  mode http\nbackend app\n  balance no-such-algorithm\n");

    assertThatThrownBy(() -> HaproxyProcess.check(HaproxyBinary.locate(), config))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("HAProxy rejected the generated configuration")
        .hasMessageContaining("bad.cfg:4")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void missingExecutable_saysHowToInstallHaproxy() {
    assertThatThrownBy(() -> HaproxyBinary.locate(dir.resolve("haproxy").toString(), null))
        .isInstanceOf(UserFacingException.class)
        .hasMessageContaining("apt-get install haproxy");
  }
}
