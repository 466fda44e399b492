package dev.statebench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cost table and load plots from hand-written sweep summaries. */
class LoadCostSectionTest {
  @TempDir
  Path dir;

  private void summary(String target, String client, String rates) throws Exception {
    Path folder = Files.createDirectories(dir.resolve("load").resolve(target));
    Files.writeString(folder.resolve("summary.json"), """
        {"target": "%s", "client": "%s", "connections": 2, "arrivals": "poisson", "duration_s": 4.0,
         "warmup_s": 1.0, "available_processors": 2, "floor_fraction": 0.5, "store_bytes_per_session": 1400.0,
         "server_cpu_source": "/proc schedstat of redis-server (pid 1) and its child processes",
         "durability": {"redis": {"appendonly": "yes", "appendfsync": "always"}},
         "rates": [%s]}
        """.formatted(target, client, rates));
  }

  private static String rate(double rate, int attempt, String verdict, double p50, double p99, double client,
      double generator, Double server, double coresApp, Double coresServer) {
    return """
        {"rate_per_s": %s, "attempt": %d, "offered_per_s": %s, "achieved_per_s": %s, "timeouts": 0,
         "verdict": "%s", "latency_us": {"p50": %s, "p99": %s},
         "cpu_us_per_request": {"client": %s, "server": %s, "generator": %s},
         "cores_per_100k_per_s": {"app": %s, "server": %s},
         "generator_floor_us": {"p50": 60.0, "p99": 300.0}, "floor_flag": %s}
        """.formatted(rate, attempt, rate, rate, verdict, p50, p99, client, server, generator, coresApp, coresServer,
        p99 < 600);
  }

  @Test
  void costTable_comparesEveryStrategyAtTheLowestCommonRate() throws Exception {
    // redis at 500/s: client 30 µs, generator 10 µs → app 20 µs (2 cores per 100k/s), store 12 µs (1.2 cores)
    summary("redis", "lettuce, one shared connection", String.join(",",
        rate(500, 1, "ok", 90, 400, 30, 10, 12.0, 2.0, 1.2),
        rate(4000, 1, "ok", 95, 700, 18, 6, 9.0, 1.2, 0.9)));
    summary("jwt-es256", "nimbus-jose-jwt, JDK provider", String.join(",",
        rate(250, 1, "ok", 900, 2000, 1000, 12, null, 98.8, null),
        rate(500, 1, "ok", 950, 2500, 1012, 12, null, 100.0, null),
        rate(4000, 1, "saturated", 5000, 90000, 1100, 6, null, 109.4, null),
        rate(4000, 2, "saturated", 5200, 95000, 1100, 6, null, 109.4, null)));

    String md = LoadCostSection.render(dir);

    assertThat(md).startsWith("At 500 requests/s offered (poisson arrivals, 2 connections");
    assertThat(md).contains("| redis | lettuce, one shared connection | ok | 90.0 | 400 | 30.0 | 10.0 | 20.0 | 12.0 "
        + "| 2.00 | 1.20 | 1,400 |");
    assertThat(md).contains("| jwt-es256 | nimbus-jose-jwt, JDK provider | ok | 950 | 2,500 | 1,012 | 12.0 | 1,000 | — "
        + "| 100 | — | 1,400 |");
    assertThat(md).contains("| jwt-es256 (repeat) | 4,000 | 4,000 | saturated |");
    assertThat(md).contains("| redis | 500 | 500 | ok | 90.0 | 400 | 0 | 60.0 / 300 | yes |");
    assertThat(md).contains("/proc schedstat of redis-server and its child processes").doesNotContain("pid 1");
    assertThat(md).contains("- jwt-es256, redis: `redis appendonly=yes, appendfsync=always`");
  }

  @Test
  void plots_drawOneCurvePerStrategyPlusTheFloor() throws Exception {
    summary("redis", "lettuce", String.join(",", rate(500, 1, "ok", 90, 400, 30, 10, 12.0, 2.0, 1.2),
        rate(4000, 1, "ok", 95, 700, 18, 6, 9.0, 1.2, 0.9)));
    Files.createDirectories(dir.resolve("plots"));

    List<Plot> plots = LoadCostSection.plots(dir);

    assertThat(plots).extracting(Plot::file).containsExactly("plots/load-p50.svg", "plots/load-p99.svg");
    String svg = Files.readString(dir.resolve("plots/load-p99.svg"));
    assertThat(svg).contains("redis").contains("noop (generator floor)");
  }

  @Test
  void noSweeps_sayNotRun() throws Exception {
    assertThat(LoadCostSection.render(dir)).isEqualTo("_Not run in this profile._\n");
    assertThat(LoadCostSection.plots(dir)).isEmpty();
  }
}
