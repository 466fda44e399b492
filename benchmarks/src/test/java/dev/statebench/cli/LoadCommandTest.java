package dev.statebench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to {@code statebench load} ends with one line and exit 2, before any server starts or file is written. */
class LoadCommandTest {
  @TempDir
  Path out;

  private int run(ByteArrayOutputStream err, String... args) {
    PrintStream original = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return Statebench.execute(args);
    } finally {
      System.setErr(original);
    }
  }

  @Test
  void unknownTarget_isOneLineNamingTheTargets() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = run(err, "load", "--target", "memcached", "--rate", "100", "--out", out.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip()).contains("memcached").contains("jwt-es256")
        .doesNotContain("\n");
    assertThat(Files.list(out)).isEmpty();
  }

  @Test
  void clusterSeedThatDoesNotAnswer_isOneLineAndNoSummary() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path folder = out.resolve("cluster");

    // port 1 is privileged and closed: the connection is refused at once
    int status = run(err, "load", "--target", "redis-cluster", "--redis-cluster-url", "redis://127.0.0.1:1",
        "--rate", "100", "--out", folder.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip()).contains("no Redis Cluster seed node answers")
        .doesNotContain("\n");
    assertThat(folder.resolve("summary.json")).doesNotExist();
  }

  @Test
  void rateAndSweepTogether_isRejected() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = run(err, "load", "--target", "jwt-hs256", "--rate", "100", "--sweep", "100,200");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("either --rate");
  }

  @Test
  void durationWithoutUnit_isRejected() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = run(err, "load", "--target", "jwt-hs256", "--rate", "100", "--duration", "10");

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("not a duration");
  }

  @Test
  void unknownArrivalProcess_isOneLineExitTwoAndNoFile() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = run(err, "load", "--target", "noop", "--rate", "100", "--arrivals", "bursty", "--out", out.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).strip()).isEqualTo(
        "statebench: --arrivals: unknown arrival process 'bursty'; expected poisson or uniform");
  }

  @Test
  void malformedKeyDistribution_isRejected() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = run(err, "load", "--target", "redis", "--rate", "100", "--keys", "zipf(x)", "--out", out.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--keys").contains("zipf(x)");
  }

  @Test
  void noopTarget_writesASummaryWithTheDocumentedFields() throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status = run(err, "load", "--target", "noop", "--rate", "200", "--duration", "1s", "--warmup", "0s",
        "--initial-warmup", "0s", "--max-lag", "1s", "--out", out.toString());

    assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
    com.fasterxml.jackson.databind.JsonNode summary =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("arrivals").asText()).isEqualTo("poisson");
    assertThat(summary.get("client").asText()).isEqualTo("none (control target)");
    com.fasterxml.jackson.databind.JsonNode rate = summary.get("rates").get(0);
    for (String field : new String[] {"offered_per_s", "achieved_per_s", "timeouts", "errors", "verdict"}) {
      assertThat(rate.has(field)).as(field).isTrue();
    }
    assertThat(rate.get("latency_us").get("p50").isNumber()).isTrue();
    assertThat(rate.get("latency_us").get("p99").isNumber()).isTrue();
    assertThat(rate.get("cpu_us_per_request").get("client").asDouble()).isPositive();
    assertThat(rate.get("cpu_us_per_request").get("server").isNull()).isTrue();
    assertThat(rate.get("cpu_us_per_request").get("server_source").asText()).startsWith("not measurable: no store");
    assertThat(rate.has("generator_floor_us")).isFalse();
    assertThat(Files.exists(out.resolve("noop-200.hgrm"))).isTrue();
    assertThat(Files.exists(out.resolve("noop-200.hlog"))).isTrue();
  }
}
