package dev.statebench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.statebench.compare.BenchmarkKey;
import dev.statebench.results.stats.ConfidenceInterval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JmhIntervalsTest {
  @Test
  void sampleMode_givesEachIterationsOwnPercentilesAndAnIntervalAcrossIterations(@TempDir Path run) throws Exception {
    // two forks x two iterations; iterations A = {1.0 x50, 2.0 x49, 10.0 x1}: p50 1.0, p99 2.0;
    // B = {1.0 x40, 3.0 x60}: p50 3.0 (rank 50 falls in the 3.0 bucket), p99 3.0. Order: A B | A B
    String a = "[[1.0,50],[10.0,1],[2.0,49]]";
    String b = "[[3.0,60],[1.0,40]]";
    Files.writeString(run.resolve("jmh.json"), "[{\"benchmark\":\"x.Bench.m\",\"mode\":\"sample\",\"threads\":1,"
        + "\"forks\":2,\"params\":{\"alg\":\"HS256\"},\"primaryMetric\":{\"score\":2.0,\"scoreError\":0.1,"
        + "\"scoreUnit\":\"us/op\",\"rawDataHistogram\":[[" + a + "," + b + "],[" + a + "," + b + "]]}}]");

    JmhIntervals intervals = JmhIntervals.read(run);
    TreeMap<String, String> params = new TreeMap<>();
    params.put("alg", "HS256");
    JmhIntervals.Intervals result = intervals.of(new BenchmarkKey("x.Bench.m", "sample", params, "")).orElseThrow();

    ConfidenceInterval p50 = result.p50().orElseThrow();
    assertThat(p50.n()).isEqualTo(4);
    assertThat(p50.mean()).isEqualTo(2.0);
    // values 1, 3, 1, 3: s = 1.1547, t(0.975, 3) = 3.1824 -> half-width 3.1824 * 1.1547 / 2 = 1.8374
    assertThat(p50.halfWidth()).isCloseTo(1.8374, within(1e-3));
    assertThat(result.p99().orElseThrow().mean()).isEqualTo(2.5);
    // iteration means: A = (50 + 10 + 98) / 100 = 1.58, B = (40 + 180) / 100 = 2.2
    assertThat(result.mean().mean()).isCloseTo((1.58 + 2.2) / 2, within(1e-9));
  }
}
