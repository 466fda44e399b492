package dev.statebench.lbsim.router;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.lbsim.engine.BackendSpec;
import dev.statebench.lbsim.engine.Fleet;
import dev.statebench.lbsim.metrics.Skew;
import org.assertj.core.data.Offset;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spread and stability of the hashing policies, against balls-into-bins and ring arithmetic. */
class ConsistentHashingTest {

  private static double[] shares(Router router, int backends, int keys) {
    double[] counts = new double[backends];
    for (long key = 0; key < keys; key++) {
      counts[Fleets.route(router, key)]++;
    }
    return counts;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"source-hash", "rendezvous", "maglev(table=1000003)"})
  void sequentialKeys_spreadLikeBallsIntoBins(String policy) {
    // m = 1,000,000 consecutive keys into n = 1000 bins: each count ~ Binomial(m, 1/n), variance m(1/n)(1 − 1/n)
    // = 999; the variance over 1000 bins has relative sd √(2/1000) ≈ 4.5%, so [0.85, 1.15] is over 3 sd wide
    // (Maglev's table adds a negligible ⌊M/N⌋/⌈M/N⌉ rounding with M ≈ 1000·N).
    int n = 1000;
    int m = 1_000_000;
    double[] counts = shares(Fleets.router(policy, Fleets.of(n)), n, m);
    double mean = m / (double) n;
    double variance = 0;
    for (double c : counts) {
      variance += (c - mean) * (c - mean) / n;
    }
    assertThat(variance / (m * (1.0 / n) * (1 - 1.0 / n))).isBetween(0.85, 1.15);
  }

  @ParameterizedTest(name = "vnodes = {0}")
  @CsvSource({"10", "100", "1000"})
  void ringHash_shareSpreadIsAboutOneOverRootVnodes(int vnodes) {
    // a host's share is Beta(v, N − v) with N = n·v points: CV = √((N − v) / (v (N + 1))) ≈ 1/√v;
    // 100 hosts estimate the CV to ±7%, and 4M keys add ~0.5% binomial noise
    int n = 100;
    double expected = Math.sqrt((n * vnodes - vnodes) / (vnodes * (n * vnodes + 1.0)));
    double cv = Skew.coefficientOfVariation(shares(Fleets.router("ring-hash(vnodes=" + vnodes + ")", Fleets.of(n)), n, 4_000_000));
    assertThat(cv).isCloseTo(expected, Percentage.withPercentage(20));
    assertThat(cv).isCloseTo(1 / Math.sqrt(vnodes), Percentage.withPercentage(25));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "ring-hash(vnodes=200), 0.0909, 0.02",
      "maglev, 0.0909, 0.02",
      "rendezvous, 0.0909, 0.01",
      "source-hash, 0.9091, 0.01"})
  void addingOneBackendToTen_movesTheExpectedFractionOfKeys(String policy, double expected, double tolerance) {
    // consistent schemes move ≈ 1/(n+1) = 0.0909 of keys; hash mod n moves ≈ n/(n+1) = 0.9091
    Fleet fleet = Fleets.of(10);
    Router router = Fleets.router(policy, fleet);
    int keys = 200_000;
    int[] before = new int[keys];
    for (int k = 0; k < keys; k++) {
      before[k] = Fleets.route(router, k);
    }
    fleet.add(new BackendSpec("backend-10", 1, BackendSpec.UNBOUNDED, 1, 1), 0);
    int moved = 0;
    int movedElsewhere = 0;
    for (int k = 0; k < keys; k++) {
      int after = Fleets.route(router, k);
      if (after != before[k]) {
        moved++;
        movedElsewhere += after != 10 ? 1 : 0;
      }
    }
    assertThat(moved / (double) keys).isCloseTo(expected, Offset.offset(tolerance));
    if (!policy.equals("source-hash")) {
      // consistency: keys only move to the new backend (Maglev allows a little extra disruption)
      assertThat(movedElsewhere / (double) keys).isLessThan(policy.equals("maglev") ? 0.01 : 1e-9);
    }
  }
}
