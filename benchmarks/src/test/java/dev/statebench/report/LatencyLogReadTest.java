package dev.statebench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the benchmarks' per-thread latency logs back: threads of one fork add up, forks stay apart. */
class LatencyLogReadTest {
  private static final String TAG = "RedisLookupBenchmark.lookup?mode=avgt&command=GET";

  @TempDir
  Path dir;

  /** Writes one thread's log: one interval per entry of {@code counts}, each holding that many values of {@code ns}. */
  private void writeThreadLog(String fileName, long ns, int... counts) throws IOException {
    try (PrintStream out = new PrintStream(Files.newOutputStream(dir.resolve(fileName)), true,
        StandardCharsets.UTF_8)) {
      HistogramLogWriter writer = new HistogramLogWriter(out);
      writer.outputLogFormatVersion();
      for (int count : counts) {
        Histogram interval = new Histogram(3);
        interval.recordValueWithCount(ns, count);
        interval.setTag(TAG);
        writer.outputIntervalHistogram(interval);
      }
    }
  }

  @Test
  void perThreadLogs_areAddedPerForkIntervalAndTotalEveryRecordedCall() throws IOException {
    // fork 100: thread 0 records 10 then 20 calls of 10 µs, thread 1 records 30 then 40 calls of 30 µs
    writeThreadLog("RedisLookupBenchmark.lookup-avgt-GET-100-t0.hlog", 10_000, 10, 20);
    writeThreadLog("RedisLookupBenchmark.lookup-avgt-GET-100-t1.hlog", 30_000, 30, 40);
    // fork 200, one thread: 50 then 60 calls of 20 µs
    writeThreadLog("RedisLookupBenchmark.lookup-avgt-GET-200-t0.hlog", 20_000, 50, 60);

    List<LatencyLog> logs = LatencyLog.readAll(dir);

    assertThat(logs).singleElement().satisfies(log -> {
      assertThat(log.name()).isEqualTo("RedisLookupBenchmark.lookup (command=GET)");
      // 10 + 20 + 30 + 40 + 50 + 60 calls
      assertThat(log.histogram().getTotalCount()).isEqualTo(210);
      // fork intervals: fork 100 iteration 1, fork 100 iteration 2, fork 200 iterations 1 and 2
      assertThat(log.mean().n()).isEqualTo(4);
      // fork 100 iteration 1: (10 × 10 + 30 × 30) / 40 = 25 µs; iteration 2: (20 × 10 + 40 × 30) / 60 = 23.33 µs;
      // fork 200: 20 µs twice; mean of the four interval means = (25 + 23.33 + 20 + 20) / 4 = 22.08 µs
      assertThat(log.mean().mean()).isCloseTo(22.08, offset(0.05));
    });
  }

  @Test
  void forkOf_dropsOnlyTheThreadSuffix() {
    assertThat(LatencyLog.forkOf(Path.of("hlog", "A.lookup-avgt-GET-4711-t12.hlog")))
        .isEqualTo(Path.of("hlog", "A.lookup-avgt-GET-4711.hlog").toString());
    assertThat(LatencyLog.forkOf(Path.of("redis-lookup.hlog"))).isEqualTo("redis-lookup.hlog");
  }
}
