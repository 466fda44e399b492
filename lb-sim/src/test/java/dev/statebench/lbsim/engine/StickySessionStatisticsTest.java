package dev.statebench.lbsim.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.lbsim.metrics.ReplicationResult;
import dev.statebench.lbsim.metrics.TimeSeries;
import org.junit.jupiter.api.Test;

/** Where sticky sessions live, against probability theory. */
class StickySessionStatisticsTest {

  @Test
  void randomStickiness_givesEachBackendAPoissonNumberOfLiveSessions() {
    // each session is pinned to a uniformly random backend, independently: given L live sessions the counts are
    // multinomial(L, 1/n), so across backends variance / mean = 1 - 1/n ≈ 1 (the Poisson limit), mean = L / n
    String yaml = """
        seed: 11
        warmup: 30s
        duration: 100s
        backends: {count: 50, workers: 4, service: {dist: exponential, mean: 1ms}}
        sessions:
          arrival: {dist: poisson, rate: 500/s}
          length: {dist: geometric, mean: 20}
          think: {dist: exponential, mean: 500ms}
        policies: [sticky(inner=random)]
        report: {window: 20s}
        """;
    double ratioSum = 0;
    int snapshots = 0;
    for (int replication = 0; replication < 2; replication++) {
      TimeSeries series = Runs.run(yaml, "sticky(inner=random)", replication).timeSeries();
      // windows 20 s apart are nearly independent: sessions last ~10 s
      for (int w = 1; w < series.windows(); w++) {
        double[] counts = series.sessions(w);
        double mean = 0;
        for (double c : counts) {
          mean += c / counts.length;
        }
        double variance = 0;
        for (double c : counts) {
          variance += (c - mean) * (c - mean) / (counts.length - 1);
        }
        assertThat(mean).isGreaterThan(50); // ≈ 500/s × 10 s / 50 backends = 100
        ratioSum += variance / mean;
        snapshots++;
      }
    }
    // one snapshot's ratio has a standard deviation ≈ √(2/49) ≈ 0.2; the mean of 10 about 0.065
    assertThat(snapshots).isGreaterThanOrEqualTo(10);
    assertThat(ratioSum / snapshots).isBetween(0.8, 1.2);
  }

  /**
   * After a scale-out from n to 2n at time T with sticky(inner=round-robin), new sessions spread evenly over all 2n
   * backends, while every session live at T stays on an old one. The old backends' share of live sessions t later is
   * therefore 1/2 + P(R &gt; t)/2, where R is the residual life of a session live at T (stationary renewal theory:
   * P(R &gt; t) = ∫_t^∞ S(x) dx / E[D] for session duration D with survival S). Durations here are about
   * length × think (1 s):
   * <ul>
   *   <li>geometric lengths, mean 20: D is (close to) exponential with mean 20 s, so P(R &gt; t) = e^(−t/20 s);
   *       at t = 60 s the excess is e^(−3)/2 ≈ 0.025;
   *   <li>Pareto lengths, α = 1.5, mean 20: D is Pareto with scale x_m = 20·(α−1)/α ≈ 6.7 s, so
   *       P(R &gt; t) = (1/α)(x_m/t)^(α−1); at t = 60 s the excess is (1/1.5)·√(6.7/60)/2 ≈ 0.11.
   * </ul>
   * Same mean session length, four times the excess a minute later: the heavy tail keeps old backends loaded.
   */
  @Test
  void scaleOutUnderStickiness_oldBackendsExcessDecaysAsTheResidualLifeOfSessions() {
    String yaml = """
        seed: 12
        warmup: 60s
        duration: 840s
        backends: {count: 4, workers: 4, service: {dist: exponential, mean: 1ms}}
        sessions:
          arrival: {dist: poisson, rate: 200/s}
          length: {dist: geometric, mean: 20}
          think: {dist: exponential, mean: 1s}
        policies: [sticky(inner=round-robin)]
        events: [{at: 840s, add: 4}]
        report: {window: 10s}
        """;
    double exponential = excessAfter(yaml, 60, "sessions.length={dist: geometric, mean: 20}");
    double pareto = excessAfter(yaml, 60, "sessions.length={dist: pareto, alpha: 1.5, mean: 20}");
    double expectedExponential = Math.exp(-3) / 2;
    double expectedPareto = (1 / 1.5) * Math.sqrt((20 / 3.0) / 60) / 2;
    assertThat(pareto).isGreaterThan(2 * exponential);
    assertThat(exponential).isBetween(0.0, 2.5 * expectedExponential);
    assertThat(pareto).isBetween(expectedPareto / 2, expectedPareto * 2);
  }

  /** The old backends' share of live sessions, minus 1/2, {@code seconds} after the scale-out at 840 s. */
  private static double excessAfter(String yaml, int seconds, String lengths) {
    double sum = 0;
    int replications = 2;
    for (int replication = 0; replication < replications; replication++) {
      ReplicationResult result = Runs.run(yaml, "sticky(inner=round-robin)", replication, lengths);
      double[] sessions = result.timeSeries().sessions((840 + seconds) / 10 - 1);
      double old = 0;
      double all = 0;
      for (int b = 0; b < sessions.length; b++) {
        all += sessions[b];
        old += b < 4 ? sessions[b] : 0;
      }
      assertThat(all).isGreaterThan(2000);
      sum += old / all - 0.5;
    }
    return sum / replications;
  }
}
