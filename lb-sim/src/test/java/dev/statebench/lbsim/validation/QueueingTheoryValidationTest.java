package dev.statebench.lbsim.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.lbsim.experiment.ExperimentResult;
import dev.statebench.lbsim.metrics.Estimate;
import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The simulator against exact results of queueing theory (formulas and sources in the test comments). Service is exponential with
 * mean 1 ms (μ = 1/ms) and sessions send one request each, so requests arrive as a Poisson stream. Each check
 * states a relative tolerance (2%) and also requires the 95% confidence interval to be narrower than that
 * tolerance, so a pass means something: the runs are long enough to tell a 2% error from noise.
 */
class QueueingTheoryValidationTest {

  private static final String POISSON_FLEET = """
      seed: 2026
      replications: 5
      warmup: 500ms
      requests: 1000000
      backends: {count: 10, workers: 1, service: {dist: exponential, mean: 1ms}}
      sessions: {arrival: {dist: poisson, rate: 8000/s}}
      policies: [random]
      """;

  /** Mean time in system of M/M/c by Erlang C, with A = λ/μ offered erlangs and μ = 1. */
  static double erlangCTimeInSystem(int c, double a) {
    double b = erlangB(c, a);
    double waitProbability = c * b / (c - a * (1 - b));
    return waitProbability / (c - a) + 1;
  }

  /** Erlang B by its recursion: B(0) = 1, B(k) = A·B(k−1) / (k + A·B(k−1)). */
  static double erlangB(int c, double a) {
    double b = 1;
    for (int k = 1; k <= c; k++) {
      b = a * b / (k + a * b);
    }
    return b;
  }

  /** Supermarket-model limit T_d(λ) = Σ_{i≥1} λ^((d^i − d)/(d − 1)) (Mitzenmacher 2001). */
  static double supermarketTimeInSystem(int d, double lambda) {
    double sum = 0;
    for (int i = 1; i < 60; i++) {
      double exponent = (Math.pow(d, i) - d) / (d - 1);
      double term = Math.pow(lambda, exponent);
      sum += term;
      if (term < 1e-15) {
        break;
      }
    }
    return sum;
  }

  private static void assertClose(Estimate simulated, double expected, double tolerance) {
    assertThat(simulated.ci95()).as("95%% CI half-width of %s", simulated).isLessThan(tolerance * expected);
    assertThat(simulated.mean()).as("simulated %s vs expected %s", simulated, expected)
        .isCloseTo(expected, Percentage.withPercentage(tolerance * 100));
  }

  @Test
  void oracles_matchTheirPublishedValues() {
    // Erlang C (Kleinrock 1975, eq. 3.40) and the supermarket limit (Mitzenmacher 2001): at ρ = 0.8, T = 5.0 (c=1), 2.778 (c=2), 1.554 (c=5); T_2(0.9) = 2.6141, T_3(0.9) = 2.0279
    assertThat(erlangCTimeInSystem(1, 0.8)).isCloseTo(5.0, Offset.offset(1e-9));
    assertThat(erlangCTimeInSystem(2, 1.6)).isCloseTo(2.778, Offset.offset(5e-4));
    assertThat(erlangCTimeInSystem(5, 4.0)).isCloseTo(1.554, Offset.offset(5e-4));
    assertThat(supermarketTimeInSystem(2, 0.9)).isCloseTo(2.6141, Offset.offset(5e-5));
    assertThat(supermarketTimeInSystem(3, 0.9)).isCloseTo(2.0279, Offset.offset(5e-5));
  }

  @Test
  void randomRouting_isMm1PerBackend() {
    // λ = 0.8 per backend, μ = 1: T = 1 / (μ − λ) = 5 ms
    ExperimentResult result = Experiments.run(POISSON_FLEET);
    assertClose(Experiments.metric(result, 0, "latency_ms.mean"), 5.0, 0.02);
    assertClose(Experiments.metric(result, 0, "utilization.mean"), 0.8, 0.01);
  }

  @ParameterizedTest(name = "c = {0}")
  @CsvSource({"1, 2000000", "2, 1000000", "5, 1000000"})
  void centralQueue_matchesErlangC(int workers, int requests) {
    // one backend with c workers and one FIFO queue in front of them is exactly M/M/c; ρ = 0.8
    ExperimentResult result = Experiments.run(POISSON_FLEET, "backends.count=1", "backends.workers=" + workers,
        "sessions.arrival.rate=" + (800 * workers) + "/s", "requests=" + requests, "policies=[round-robin]");
    assertClose(Experiments.metric(result, 0, "latency_ms.mean"), erlangCTimeInSystem(workers, 0.8 * workers), 0.02);
  }

  @Test
  void zeroQueueLimit_rejectsTheErlangBFraction() {
    // M/M/2/2 loss system, A = 1.6 erlangs: blocking = B(2, 1.6) = 1.28 / (1 + 1.6 + 1.28) = 0.3299
    ExperimentResult result = Experiments.run(POISSON_FLEET, "backends.count=1", "backends.workers=2",
        "backends.queue-limit=0", "sessions.arrival.rate=1600/s", "policies=[round-robin]");
    double issued = Experiments.metric(result, 0, "requests.issued").mean();
    Estimate rejected = Experiments.metric(result, 0, "requests.rejected");
    assertThat(rejected.mean() / issued).isCloseTo(erlangB(2, 1.6), Percentage.withPercentage(2));
  }

  @ParameterizedTest(name = "p2c(d={0})")
  @CsvSource({"2", "3"})
  void powerOfChoices_matchesTheSupermarketModel(int d) {
    // n = 1000 servers at λ = 0.9: the n → ∞ limit is within a fraction of a percent at this size
    ExperimentResult result = Experiments.run(POISSON_FLEET, "backends.count=1000", "sessions.arrival.rate=900000/s",
        "warmup=100ms", "requests=1500000", "replications=3", "policies=[p2c(d=" + d + ")]");
    assertClose(Experiments.metric(result, 0, "latency_ms.mean"), supermarketTimeInSystem(d, 0.9), 0.02);
  }

  @Test
  void policies_orderAsTheoryPredicts() {
    // same arrivals and work for all (common random numbers): M/M/c ≤ JSQ ≤ JSQ(3) ≤ JSQ(2) ≤ random
    ExperimentResult fleet = Experiments.run(POISSON_FLEET, "backends.count=100", "sessions.arrival.rate=90000/s",
        "requests=300000", "replications=3", "policies=[jsq, p2c(d=3), p2c(d=2), random]");
    ExperimentResult central = Experiments.run(POISSON_FLEET, "backends.count=1", "backends.workers=100",
        "sessions.arrival.rate=90000/s", "requests=300000", "replications=3", "policies=[round-robin]");
    double mmc = Experiments.metric(central, 0, "latency_ms.mean").mean();
    double jsq = Experiments.metric(fleet, 0, "latency_ms.mean").mean();
    double p2c3 = Experiments.metric(fleet, 1, "latency_ms.mean").mean();
    double p2c2 = Experiments.metric(fleet, 2, "latency_ms.mean").mean();
    double random = Experiments.metric(fleet, 3, "latency_ms.mean").mean();
    assertThat(mmc).isLessThanOrEqualTo(jsq);
    assertThat(jsq).isLessThan(p2c3);
    assertThat(p2c3).isLessThan(p2c2);
    assertThat(p2c2).isLessThan(random);
    assertThat(random).isCloseTo(10.0, Percentage.withPercentage(10));
  }
}
