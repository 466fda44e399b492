package dev.statebench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.load.cpu.CpuMeter;
import dev.statebench.load.cpu.StoreCpuMeters;
import dev.statebench.servers.Durability;
import dev.statebench.servers.EmbeddedRedisServer;
import dev.statebench.servers.ServerConfig;
import dev.statebench.servers.Servers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweeps with their {@code noop} control: the floor beside every rate, and a summary also when a sweep breaks off. */
class LoadSweepTest {
  private static final long MS = 1_000_000;

  @TempDir
  Path out;

  /** Holds its worker for a fixed time without burning CPU. */
  private record Sleeper(long serviceNanos) implements TargetClient {
    @Override
    public Object call(int index) {
      long until = System.nanoTime() + serviceNanos;
      while (System.nanoTime() < until) {
        LockSupport.parkNanos(until - System.nanoTime());
      }
      return index;
    }

    @Override
    public void close() {}
  }

  /** The header {@code statebench load} writes, with servers that were never started (so no durability settings). */
  private static Map<String, Object> header(TargetClient client, CpuMeter meter, SweepSettings settings) {
    try (Servers servers = Servers.open(ServerConfig.embedded(), Durability.NONE)) {
      return LoadReport.header(LoadTarget.NOOP, client, settings, meter, servers);
    }
  }

  private static SweepSettings settings(List<Double> rates) {
    return new SweepSettings(rates, ArrivalProcess.POISSON, Duration.ofSeconds(2), Duration.ZERO, Duration.ZERO,
        TargetOptions.withConnections(2), Duration.ofSeconds(2), Duration.ofSeconds(1), 0.5);
  }

  @Test
  void everyRate_carriesTheControlsFloorAndIsFlaggedOnlyWhenTheFloorIsComparable() throws Exception {
    TargetClient control = LoadTarget.NOOP.open(null, TargetOptions.withConnections(2));
    // a 400 ms target at 3/s: the generator's floor (micro- to milliseconds) is far below half its median → no flag
    CpuMeter meter = CpuMeter.notMeasurable("test");
    Sleeper sleeper = new Sleeper(400 * MS);
    LoadSweep slow = new LoadSweep(LoadTarget.NOOP, sleeper, meter, control, settings(List.of(3.0)));
    Map<String, Object> slowEntry = slow.run(out.resolve("slow"), header(sleeper, meter, settings(List.of(3.0))),
        entry -> { }).get(0);
    // the control measured against itself: its p99 is above half its own median → flagged
    LoadSweep same = new LoadSweep(LoadTarget.NOOP, control, meter, control, settings(List.of(50.0)));
    Map<String, Object> sameEntry = same.run(out.resolve("same"), header(control, meter, settings(List.of(50.0))),
        entry -> { }).get(0);

    @SuppressWarnings("unchecked")
    Map<String, Object> floor = (Map<String, Object>) slowEntry.get("generator_floor_us");
    assertThat((Double) floor.get("p99")).isPositive();
    assertThat(slowEntry.get("floor_flag")).isEqualTo(false);
    assertThat(sameEntry.get("floor_flag")).isEqualTo(true);
    @SuppressWarnings("unchecked")
    Map<String, Object> cpu = (Map<String, Object>) slowEntry.get("cpu_us_per_request");
    assertThat((Double) cpu.get("generator")).isPositive();
    assertThat(cpu.get("server")).isNull();
    assertThat(cpu.get("server_source")).isEqualTo("not measurable: test");
  }

  @Test
  void saturatedRate_isConfirmedOnceAndTheSweepStopsThere() throws Exception {
    // 2 connections at 30 ms a request: capacity about 67/s, six times below the first rate
    CpuMeter meter = CpuMeter.notMeasurable("test");
    Sleeper sleeper = new Sleeper(30 * MS);
    SweepSettings settings = settings(List.of(400.0, 800.0));
    LoadSweep sweep = new LoadSweep(LoadTarget.NOOP, sleeper, meter, null, settings);

    List<Map<String, Object>> entries = sweep.run(out, header(sleeper, meter, settings), entry -> { });

    // 400/s saturated twice in a row; 800/s never runs
    assertThat(entries).extracting(e -> e.get("rate_per_s") + "#" + e.get("attempt") + ":" + e.get("verdict"))
        .containsExactly("400.0#1:saturated", "400.0#2:saturated");
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    assertThat(summary.get("rates")).hasSize(2);
    assertThat(summary.has("failure")).isFalse();
  }

  @Test
  void sweepThatBreaksOff_stillWritesTheSummaryOfTheRatesMeasured() throws Exception {
    EmbeddedRedisServer redis = EmbeddedRedisServer.start(0);
    try (CpuMeter meter = StoreCpuMeters.redis(redis.endpoint())) {
      Sleeper sleeper = new Sleeper(MS);
      SweepSettings settings = settings(List.of(100.0, 200.0));
      LoadSweep sweep = new LoadSweep(LoadTarget.NOOP, sleeper, meter, null, settings);
      Map<String, Object> header = header(sleeper, meter, settings);

      // the server dies after the first rate: the store meter cannot read it any more
      assertThatThrownBy(() -> sweep.run(out, header, entry -> redis.close()))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("redis-server");

      JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
      assertThat(summary.get("target").asText()).isEqualTo("noop");
      assertThat(summary.get("format_version").asInt()).isEqualTo(2);
      // the first measurement was kept; its verdict depends on how busy the machine is, not on the failure
      assertThat(summary.get("rates")).hasSize(1);
      JsonNode first = summary.get("rates").get(0);
      assertThat(first.get("offered_per_s").asDouble()).isPositive();
      assertThat(first.get("rate_per_s").asDouble()).isEqualTo(100.0);
      assertThat(first.get("verdict").asText()).isIn("ok", "saturated", "schedule-not-kept");
      assertThat(first.get("cpu_us_per_request").get("server").isNumber()).isTrue();
      assertThat(summary.get("failure").asText()).startsWith("IllegalStateException: cannot read the CPU time");
    } finally {
      redis.close();
    }
  }
}
