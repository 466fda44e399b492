package dev.statebench.compare;

import static dev.statebench.compare.JmhJsonFixture.forks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Pairs of result folders for the gate's end-to-end tests. Scores come from fixed zig-zag iteration patterns (see
 * {@link JmhJsonFixture#forks}); with 2 forks x 4 iterations of center ± 1 the 99.9% interval is center ± 2.04
 * (t(7) = 5.408, s = 1.069, n = 8), so 100 and 120 are clearly apart and 100 and 103 ± 5 are not.
 */
public final class CompareGateFixtures {
  public static final String JWT = "dev.statebench.jmh.JwtVerifyBenchmark.verify";
  public static final String REDIS = "dev.statebench.jmh.RedisLookupBenchmark.get";
  public static final Map<String, String> ES256 = Map.of("alg", "ES256", "path", "reused");

  private CompareGateFixtures() {}

  /** One avgt benchmark at {@code center ± spread} us/op, 2 forks x 4 iterations, optional allocation. */
  public static Path timeRun(Path folder, String benchmark, double center, double spread, double allocBytes)
      throws IOException {
    return new JmhJsonFixture()
        .add(benchmark, "avgt", ES256, "us/op", forks(2, 4, center, spread), allocBytes)
        .writeTo(folder);
  }

  /** One thrpt benchmark at {@code center ± 1} ops/us. */
  public static Path throughputRun(Path folder, double center) throws IOException {
    return new JmhJsonFixture().add(REDIS, "thrpt", Map.of(), "ops/us", forks(2, 4, center, 1)).writeTo(folder);
  }
}
