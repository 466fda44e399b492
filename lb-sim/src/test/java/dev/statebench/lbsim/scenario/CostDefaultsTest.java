package dev.statebench.lbsim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The committed cost defaults are the rows of {@code results/reference/jmh.json} that {@code reference.yaml} and
 * {@link CostDefaults} name, to the three significant digits they are written with: a regenerated reference run that
 * moves a mean fails here until the defaults (and their documentation) follow.
 */
class CostDefaultsTest {
  private static final Path REFERENCE = Path.of("..", "results", "reference", "jmh.json");

  @Test
  void committedDefaults_areTheReferenceRunsAverageTimeMeans() throws IOException {
    JsonNode rows = new ObjectMapper().readTree(REFERENCE.toFile());

    assertThat(threeDigits(CostDefaults.BUILT_IN.lookup("redis").mean())).isEqualTo(threeDigits(nanos(rows,
        "RedisLookupBenchmark.lookup", Map.of("command", "GET", "key", "HIT", "payload", "1024", "population",
            "10000"))));
    assertThat(threeDigits(CostDefaults.BUILT_IN.lookup("sql").mean())).isEqualTo(threeDigits(nanos(rows,
        "PostgresLookupBenchmark.query", Map.of("query", "LOOKUP", "logging", "LOGGED", "protocol", "DEFAULT", "rows",
            "10000"))));
    for (String alg : new String[] {"HS256", "RS256", "ES256", "EdDSA"}) {
      assertThat(threeDigits(CostDefaults.BUILT_IN.verify(alg).mean())).as(alg).isEqualTo(threeDigits(nanos(rows,
          "JwtVerifyBenchmark.verify", Map.of("alg", alg.toUpperCase(java.util.Locale.ROOT), "path", "REUSED",
              "profile", "TYPICAL", "provider", "JDK"))));
    }
  }

  /**
   * The mean time per operation of the launcher JVM's row (the first JVM of the file): the average-time score, or the
   * sample-time score where the profile times the row by sample only (JMH's sample-time score is the mean too).
   */
  private static double nanos(JsonNode rows, String benchmark, Map<String, String> params) {
    for (String mode : new String[] {"avgt", "sample"}) {
      for (JsonNode row : rows) {
        if (row.path("benchmark").asText().endsWith("." + benchmark) && row.path("mode").asText().equals(mode)
            && params.entrySet().stream().allMatch(p -> row.path("params").path(p.getKey()).asText()
                .equals(p.getValue()))
            && row.path("params").size() == params.size()) {
          assertThat(row.path("primaryMetric").path("scoreUnit").asText()).isEqualTo("us/op");
          return row.path("primaryMetric").path("score").asDouble() * 1e3;
        }
      }
    }
    throw new AssertionError("no avgt or sample row " + benchmark + " " + params + " in " + REFERENCE);
  }

  private static BigDecimal threeDigits(double value) {
    return new BigDecimal(value).round(new MathContext(3));
  }
}
