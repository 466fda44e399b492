package dev.statebench.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.statebench.results.sim.MeasuredCost;
import dev.statebench.results.sim.SimInputs;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator inputs derived from a fixture run ({@code src/test/resources/siminputs/jmh.json} plus a latency log
 * written here); every expected value is worked out by hand from the fixture.
 */
class SimInputsDerivationTest {
  private static final String REDIS_TAG =
      "RedisLookupBenchmark.lookup?mode=sample&command=GET&key=HIT&payload=1024&population=10000";

  @TempDir
  Path run;

  static void copyFixture(Path run) throws IOException {
    try (InputStream in = SimInputsDerivationTest.class.getResourceAsStream("/siminputs/jmh.json")) {
      Files.copy(in, run.resolve("jmh.json"));
    }
  }

  @Test
  void fixtureRun_givesDistributionsWhereItHasThemAndMeansOtherwise() throws IOException {
    copyFixture(run);
    Files.createDirectories(run.resolve("hlog"));
    // Redis GET (the wanted parameters): 3 calls of 80 µs and 1 of 100 µs; payload 128 (not wanted): one 1 ms call
    Histogram wanted = new Histogram(3);
    wanted.recordValueWithCount(80_000, 3);
    wanted.recordValue(100_000);
    wanted.setTag(REDIS_TAG);
    Histogram other = new Histogram(3);
    other.recordValue(1_000_000);
    other.setTag(REDIS_TAG.replace("payload=1024", "payload=128"));
    try (PrintStream out = new PrintStream(Files.newOutputStream(run.resolve("hlog/redis-1.hlog")), false,
        StandardCharsets.UTF_8)) {
      HistogramLogWriter writer = new HistogramLogWriter(out);
      writer.outputIntervalHistogram(0, 1, wanted, 1.0);
      writer.outputIntervalHistogram(0, 1, other, 1.0);
    }

    SimInputsDerivation.Derived derived = SimInputsDerivation.derive(run);
    SimInputs.Costs costs = derived.inputs().costs();

    // Redis: the latency log wins over the avgt row (87.5 µs): 4 calls, 3 × 80 µs + 1 × 100 µs
    MeasuredCost redis = costs.lookup().get("redis");
    assertThat(redis.dist()).isEqualTo("empirical");
    // HdrHistogram (3 digits) keeps 80 µs and 100 µs in 64-ns buckets: mean (3 × 80,032 + 100,000) / 4 = 85,024 ns
    assertThat(redis.source()).startsWith("hlog/ (1 file): RedisLookupBenchmark.lookup").endsWith("n = 4, mean 85.0 µs");
    Histogram redisLog = derived.logs().get(redis.file());
    assertThat(redisLog.getTotalCount()).isEqualTo(4);
    assertThat(redisLog.valuesAreEquivalent(redisLog.getValueAtPercentile(75), 80_000)).isTrue();
    assertThat(redisLog.valuesAreEquivalent(redisLog.getMaxValue(), 100_000)).isTrue();

    // PostgreSQL: only an avgt row, 0.086 ms/op = 86,000 ns, over 2 iterations
    MeasuredCost sql = costs.lookup().get("sql");
    assertThat(sql).isEqualTo(new MeasuredCost("lognormal", null, null, "86000.0ns", 0.3, sql.source()));
    assertThat(sql.source()).contains("PostgresLookupBenchmark.query").contains("average-time mode")
        .contains("over 2 iterations) 86.0 µs");

    // HS256: the sample row's raw histogram wins over its avgt row: 7, 7, 7, 9 (fork 1) and 11 µs (fork 2)
    MeasuredCost hs256 = costs.verify().get("HS256");
    assertThat(hs256.dist()).isEqualTo("empirical");
    assertThat(hs256.source()).contains("sample mode").contains("n = 5").contains("JDK 17.0.15");
    Histogram hsLog = derived.logs().get(hs256.file());
    assertThat(hsLog.getTotalCount()).isEqualTo(5);
    assertThat(hsLog.valuesAreEquivalent(hsLog.getMinValue(), 7_000)).isTrue();
    assertThat(hsLog.valuesAreEquivalent(hsLog.getValueAtPercentile(80), 9_000)).isTrue();
    assertThat(hsLog.valuesAreEquivalent(hsLog.getMaxValue(), 11_000)).isTrue();

    // RS256: avgt only, 40.25 µs over 3 iterations
    assertThat(costs.verify().get("RS256").mean()).isEqualTo("40250.0ns");
    assertThat(costs.verify().get("RS256").source()).contains("over 3 iterations");

    // ES256 was measured with another provider only; EdDSA only on the second JVM: both fall back
    assertThat(costs.verify()).doesNotContainKeys("ES256", "EdDSA");
    assertThat(derived.inputs().absent()).extracting(SimInputs.Absent::key)
        .containsExactly("verify.ES256", "verify.EdDSA");
    assertThat(derived.inputs().absent().get(0).reason()).contains("provider=JDK").contains("committed default");
  }

  @Test
  void runWithoutMeasurements_listsEveryCostAsAbsent() throws IOException {
    SimInputsDerivation.Derived derived = SimInputsDerivation.derive(run);

    assertThat(derived.inputs().costs().lookup()).isEmpty();
    assertThat(derived.inputs().costs().verify()).isEmpty();
    assertThat(derived.inputs().absent()).extracting(SimInputs.Absent::key).containsExactly("lookup.redis",
        "lookup.sql", "verify.HS256", "verify.RS256", "verify.ES256", "verify.EdDSA");
    assertThat(derived.logs()).isEmpty();
  }

  @Test
  void tagMatching_needsTheBenchmarkAndExactlyItsParameters() {
    SimInputsDerivation.Wanted redis = SimInputsDerivation.WANTED.get(0);
    assertThat(SimInputsDerivation.matches(REDIS_TAG, redis)).isTrue();
    assertThat(SimInputsDerivation.matches(REDIS_TAG.replace("mode=sample", "mode=avgt"), redis)).isTrue();
    assertThat(SimInputsDerivation.matches(REDIS_TAG + "&extra=1", redis)).isFalse();
    assertThat(SimInputsDerivation.matches(REDIS_TAG.replace("key=HIT", "key=MISS"), redis)).isFalse();
    assertThat(SimInputsDerivation.matches("Other.lookup?command=GET", redis)).isFalse();
  }
}
