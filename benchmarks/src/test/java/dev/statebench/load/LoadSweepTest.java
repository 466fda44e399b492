package dev.statebench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.load.cpu.CpuMeter;
import dev.statebench.load.cpu.StoreCpuMeters;
import dev.statebench.servers.EmbeddedRedisServer;
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

  private static SweepSettings settings(List<Double> rates) {
    return new SweepSettings(rates, ArrivalProcess.POISSON, Duration.ofSeconds(2), Duration.ZERO, Duration.ZERO,
        TargetOptions.withConnections(2), Duration.ofSeconds(2), Duration.ofSeconds(1), 0.5);
  }

  @Test
  void everyRate_carriesTheControlsFloorAndIsFlaggedOnlyWhenTheFloorIsComparable() throws Exception {
    TargetClient control = LoadTarget.NOOP.open(null, TargetOptions.withConnections(2));
    // a 400 ms target at 3/s: the generator's floor (micro- to milliseconds) is far below half its median → no flag
    LoadSweep slow = new LoadSweep(LoadTarget.NOOP, new Sleeper(400 * MS), CpuMeter.notMeasurable("test"), control,
        settings(List.of(3.0)));
    Map<String, Object> slowEntry = slow.run(out.resolve("slow"), Map.of(), entry -> { }).get(0);
    // the control measured against itself: its p99 is above half its own median → flagged
    LoadSweep same = new LoadSweep(LoadTarget.NOOP, control, CpuMeter.notMeasurable("test"), control,
        settings(List.of(50.0)));
    Map<String, Object> sameEntry = same.run(out.resolve("same"), Map.of(), entry -> { }).get(0);

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
    LoadSweep sweep = new LoadSweep(LoadTarget.NOOP, new Sleeper(30 * MS), CpuMeter.notMeasurable("test"), null,
        settings(List.of(400.0, 800.0)));

    List<Map<String, Object>> entries = sweep.run(out, Map.of(), entry -> { });

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
      LoadSweep sweep = new LoadSweep(LoadTarget.NOOP, new Sleeper(MS), meter, null,
          settings(List.of(100.0, 200.0)));

      // the server dies after the first rate: the store meter cannot read it any more
      assertThatThrownBy(() -> sweep.run(out, Map.of("target", "test"), entry -> redis.close()))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("redis-server");

      JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
      assertThat(summary.get("target").asText()).isEqualTo("test");
      assertThat(summary.get("rates")).hasSize(1);
      JsonNode first = summary.get("rates").get(0);
      assertThat(first.get("offered_per_s").asDouble()).isPositive();
      assertThat(first.get("verdict").asText()).isEqualTo("ok");
      assertThat(first.get("cpu_us_per_request").get("server").isNumber()).isTrue();
      assertThat(summary.get("failure").asText()).startsWith("IllegalStateException: cannot read the CPU time");
    } finally {
      redis.close();
    }
  }
}
