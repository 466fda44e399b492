package dev.statebench.lbsim.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.statebench.lbsim.metrics.ReplicationResult;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

/** What each state model costs per request. */
class StateModelTest {
  private static final String STEADY = """
      seed: 31
      warmup: 10s
      duration: 60s
      backends: {count: 4, workers: 2, service: {dist: fixed, mean: 500us}}
      sessions:
        arrival: {dist: poisson, rate: 100/s}
        length: {dist: geometric, mean: 20}
        think: {dist: exponential, mean: 1s}
      policies: [p2c(d=2)]
      """;

  private static double meanUtilization(ReplicationResult r) {
    double sum = 0;
    for (double u : r.utilizationPerBackend()) {
      sum += u;
    }
    return sum / r.utilizationPerBackend().length;
  }

  @Test
  void jwtVerification_addsItsCostToBackendCpu_whileStoreLookupsAddNone() {
    double none = meanUtilization(Runs.run(STEADY, "p2c(d=2)", 0));
    double es256 = meanUtilization(Runs.run(STEADY, "p2c(d=2)", 0, "state={model: jwt, algorithm: ES256}"));
    double redis = meanUtilization(Runs.run(STEADY, "p2c(d=2)", 0, "state={model: redis}"));
    // CPU per request: 500 us of work + 1,080 us of ES256 verification (the committed default) against 500 us alone
    assertThat(es256 / none).isCloseTo((500 + 1080) / 500.0, Percentage.withPercentage(3));
    assertThat(redis / none).isCloseTo(1.0, offset(0.01));
  }

  @Test
  void storeLookups_areAWaitOutsideTheCpu_addedToEveryRequestsLatency() {
    ReplicationResult none = Runs.run(STEADY, "p2c(d=2)", 0);
    ReplicationResult sql = Runs.run(STEADY, "p2c(d=2)", 0, "state={model: sql, lookup: {dist: fixed, mean: 2ms}}");
    assertThat(sql.latency().getMean() - none.latency().getMean()).isCloseTo(2e6, Percentage.withPercentage(5));
    assertThat(sql.outcomes().storeLookups()).isEqualTo(sql.issued());
  }

  @Test
  void accessTokenLifetime_refreshesAboutOncePerLifetimePerActiveSession() {
    // sessions of 20 requests, 1 s apart, last ~20 s: with a 5 s lifetime each refreshes about 20 / 5 - 1 = 3 times,
    // and every refresh waits at least the lifetime since the previous check
    ReplicationResult result = Runs.run(STEADY, "p2c(d=2)", 0, "state={model: jwt, access-ttl: 5s}");
    double perSession = result.outcomes().storeLookups() / (100.0 * 60);
    assertThat(perSession).isBetween(2.0, 4.0);
    assertThat(result.outcomes().revocationDelayMeanNanos()).isGreaterThan(2.5e9);
    assertThat(result.outcomes().checkIntervalMax()).isGreaterThan(5_000_000_000L);
  }
}
