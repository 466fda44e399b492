package dev.statebench.lbsim.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.lbsim.engine.Simulation;
import dev.statebench.lbsim.metrics.Estimate;
import dev.statebench.lbsim.metrics.ReplicationResult;
import dev.statebench.lbsim.metrics.TimeSeries;
import dev.statebench.lbsim.router.PolicySpec;
import dev.statebench.lbsim.router.RouterRegistry;
import dev.statebench.lbsim.scenario.Scenario;
import dev.statebench.lbsim.scenario.ScenarioLoader;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Oracles of queueing and probability theory that the Erlang and supermarket checks do not cover. Each compares a
 * simulated mean over independent replications with an exact value at 2% and requires its 95% confidence interval
 * to be narrower than that, so a pass means the runs can tell a 2% error from noise.
 */
class IndependentOraclesTest {
  private static final double TOLERANCE = 0.02;

  /** One backend with one worker: an M/G/1 queue when sessions send one request each. */
  private static final String MG1 = """
      seed: 77
      warmup: 500ms
      requests: 1000000
      backends: {count: 1, workers: 1, service: {dist: fixed, mean: 1ms}}
      sessions: {arrival: {dist: poisson, rate: 800/s}}
      policies: [round-robin]
      """;

  private static Estimate replicate(String yaml, int replications, ToDoubleFunction<ReplicationResult> metric,
      String... overrides) {
    Scenario scenario = ScenarioLoader.parse(yaml, "oracle", List.of(overrides));
    String policy = scenario.policies().get(0);
    double[] values = new double[replications];
    for (int r = 0; r < replications; r++) {
      Simulation simulation = new Simulation(scenario.config(),
          env -> RouterRegistry.create(PolicySpec.parse(policy, "policies[0]"), env), r, f -> { });
      values[r] = metric.applyAsDouble(simulation.run());
    }
    return Estimate.of(values);
  }

  private static void assertClose(Estimate simulated, double expected) {
    assertThat(simulated.ci95()).as("95%% CI half-width of %s", simulated).isLessThan(TOLERANCE * expected);
    assertThat(simulated.mean()).as("simulated %s vs expected %s", simulated, expected)
        .isCloseTo(expected, Percentage.withPercentage(TOLERANCE * 100));
  }

  private static double meanLatencyMs(ReplicationResult r) {
    return r.latency().getMean() / 1e6;
  }

  @Test
  void mg1WithFixedService_matchesPollaczekKhinchine() {
    // Pollaczek–Khinchine (Kleinrock, Queueing Systems vol. 1, 1975, eq. 5.72): T = E[S] + ρ·E[S]·(1 + cs²)/(2(1 − ρ)).
    // Fixed 1 ms service (cs = 0) at λ = 0.8/ms: T = 1 + 0.8·1/(2·0.2) = 1 + 2 = 3 ms (M/M/1 would give 5 ms)
    assertClose(replicate(MG1, 5, IndependentOraclesTest::meanLatencyMs), 3.0);
  }

  @Test
  void mg1WithLognormalService_matchesPollaczekKhinchine() {
    // same formula, lognormal service of mean 1 ms and cv 1.5 (cs² = 2.25) at ρ = 0.5:
    // T = 1 + 0.5·(1 + 2.25)/(2·0.5) = 1 + 1.625 = 2.625 ms
    assertClose(replicate(MG1, 5, IndependentOraclesTest::meanLatencyMs,
        "backends.service={dist: lognormal, mean: 1ms, cv: 1.5}", "sessions.arrival.rate=500/s",
        "requests=2000000"), 2.625);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{dist: fixed, mean: 1ms}", "{dist: lognormal, mean: 1ms, cv: 2}"})
  void lossSystem_blocksTheErlangBFraction_whateverTheServiceDistribution(String service) {
    // Erlang's loss formula is insensitive to the service distribution beyond its mean (Sevastyanov 1957; Kelly,
    // Reversibility and Stochastic Networks, 1979, §3.3): M/G/2/2 at A = 1.6 erlangs blocks
    // B(2, 1.6) = (1.6²/2) / (1 + 1.6 + 1.6²/2) = 1.28 / 3.88 = 0.32990
    Estimate blocked = replicate(MG1, 5, r -> r.rejected() / (double) r.issued(), "backends.workers=2",
        "backends.queue-limit=0", "sessions.arrival.rate=1600/s", "backends.service=" + service);
    assertClose(blocked, 1.28 / 3.88);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"least-outstanding", "p2c(d=2)", "sticky(inner=round-robin)", "bounded-load(factor=1.25)",
      "peak-ewma"})
  void everyRun_obeysLittlesLaw(String policy) {
    // Little's law (Little, Operations Research 9(3), 1961): time-averaged requests in the fleet L = throughput λ ×
    // mean time in system W. L is Σ over backends of the time-averaged outstanding requests (a remote store lookup
    // included), λ completed requests per second, W the mean latency (no logins here, so user and backend latency
    // agree): L / (λW) = 1 for every policy
    String yaml = """
        seed: 42
        warmup: 10s
        duration: 60s
        backends: {count: 8, workers: 4, service: {dist: exponential, mean: 5ms}}
        sessions:
          arrival: {dist: poisson, rate: 200/s}
          length: {dist: pareto, alpha: 1.5, mean: 20}
          think: {dist: exponential, mean: 2s}
        state: {model: redis}
        policies: [round-robin]
        """;
    Estimate ratio = replicate(yaml, 3, r -> {
      double inSystem = 0;
      for (double outstanding : r.outstandingPerBackend()) {
        inSystem += outstanding;
      }
      double throughputPerNano = r.completed() / (double) r.measuredNanos();
      return inSystem / (throughputPerNano * r.latency().getMean());
    }, "policies=['" + policy + "']");
    assertClose(ratio, 1.0);
  }

  @Test
  void stickyPlacement_givesCompoundPoissonRequestCounts() {
    // sessions arrive as a Poisson stream and each is pinned to a uniformly random backend of n, so in a window the
    // sessions reaching one backend are Poisson (thinning) and its request count a compound Poisson sum of session
    // lengths K: Var/Mean = E[K²]/E[K] (Feller, An Introduction to Probability Theory vol. 1, §XII.2). Geometric K
    // of mean 5 (p = 0.2): E[K²]/E[K] = (2 − p)/p = 9. Sessions have no think time and last ≈ 0.5 ms, so almost
    // none straddles a 1 s window; the ratio is estimated over 100 backends × 40 windows per replication.
    String yaml = """
        seed: 5
        warmup: 1s
        duration: 40s
        backends: {count: 100, workers: 1, service: {dist: fixed, mean: 100us}}
        sessions:
          arrival: {dist: poisson, rate: 5000/s}
          length: {dist: geometric, mean: 5}
        policies: [sticky(inner=random)]
        report: {window: 1s}
        """;
    Estimate ratio = replicate(yaml, 8, r -> {
      TimeSeries series = r.timeSeries();
      double sum = 0;
      double squares = 0;
      int count = 0;
      for (int w = 1; w < series.windows(); w++) {
        for (double c : series.requests(w)) {
          sum += c;
          squares += c * c;
          count++;
        }
      }
      double mean = sum / count;
      return (squares / count - mean * mean) * count / (count - 1) / mean;
    });
    assertClose(ratio, 9.0);
  }

  @Test
  void emptyStart_rampsUpAsTheMgInfinityTransient() {
    // Started empty, sessions (rate λ, geometric K of mean 20, p = 0.05, exponential think Z = 1 s, 1 ms of work) are
    // an M/G/∞ system whose time in think D is 0 with probability p and else exponential of mean Z/p (a geometric
    // sum of exponentials). The mean number thinking at t is λ∫_0^t P(D > x)dx = λ(1 − p)(Z/p)(1 − e^(−pt/Z))
    // (Takács 1962), each sending at rate 1/Z, so requests arrive at λ + λ((1 − p)/p)(1 − e^(−pt/Z)). Over the
    // window [a, b] the utilisation of c workers is that rate's average × 1 ms / c:
    //   ρ(a, b) = (λ·1 ms / c)·[1 + ((1 − p)/p)·(1 − (Z/p)(e^(−pa/Z) − e^(−pb/Z))/(b − a))].
    // λ = 2000/s, c = 80: the steady state is ρ = 20 × 2000 × 0.001 / 80 = 0.5; windows of 10 s from 0 to 30 s.
    String yaml = """
        seed: 6
        duration: 30s
        backends: {count: 80, workers: 1, service: {dist: fixed, mean: 1ms}}
        sessions:
          arrival: {dist: poisson, rate: 2000/s}
          length: {dist: geometric, mean: 20}
          think: {dist: exponential, mean: 1s}
          start: empty
        policies: [round-robin]
        report: {window: 10s}
        """;
    double p = 0.05;
    double z = 1;
    for (int w = 0; w < 3; w++) {
      double a = 10.0 * w;
      double b = a + 10;
      double expected = (2000 * 0.001 / 80) * (1 + ((1 - p) / p)
          * (1 - (z / p) * (Math.exp(-p * a / z) - Math.exp(-p * b / z)) / (b - a)));
      int window = w;
      Estimate simulated = replicate(yaml, 6, r -> {
        double sum = 0;
        double[] utilization = r.timeSeries().utilization(window);
        for (double u : utilization) {
          sum += u;
        }
        return sum / utilization.length;
      });
      assertClose(simulated, expected);
    }
  }
}
