package dev.statebench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.infra.ThreadParams;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.WorkloadParams;
import org.openjdk.jmh.runner.options.TimeValue;

/** The in-benchmark latency log: what it records, when, under which tag, and into which file. */
class LatencyLogTest {
  @TempDir
  Path dir;

  @AfterEach
  void clearProperty() {
    System.clearProperty(LatencyLog.DIRECTORY_PROPERTY);
  }

  private static final IterationParams WARMUP = new IterationParams(IterationType.WARMUP, 1, TimeValue.seconds(1), 1);
  private static final IterationParams MEASUREMENT =
      new IterationParams(IterationType.MEASUREMENT, 1, TimeValue.seconds(1), 1);

  private static BenchmarkParams params() {
    WorkloadParams workload = new WorkloadParams();
    workload.put("key", "HIT", 0);
    workload.put("command", "GET", 1);
    return new BenchmarkParams("dev.statebench.jmh.RedisLookupBenchmark.lookup", "generated", false, 1,
        new int[] {1}, List.of(), 1, 0, WARMUP, MEASUREMENT, Mode.SampleTime, workload, TimeUnit.MICROSECONDS, 1,
        "java", List.of(), "17", "vm", "1", "1.37", TimeValue.minutes(10));
  }

  private static ThreadParams thread(int index) {
    return new ThreadParams(index, 4, 0, 1, 0, 1, index, 4, index, 4);
  }

  private static List<Histogram> intervals(Path file) throws Exception {
    List<Histogram> histograms = new ArrayList<>();
    HistogramLogReader reader = new HistogramLogReader(new File(file.toString()));
    for (Histogram h; (h = (Histogram) reader.nextIntervalHistogram()) != null; ) {
      histograms.add(h);
    }
    return histograms;
  }

  @Test
  void tag_namesMethodModeAndSortedParamsWithoutReservedCharacters() {
    assertThat(LatencyLog.tag(params())).isEqualTo("RedisLookupBenchmark.lookup?mode=sample&command=GET&key=HIT");
  }

  @Test
  void enabled_recordsMeasurementIterationsOnlyIntoOneFilePerThread() throws Exception {
    System.setProperty(LatencyLog.DIRECTORY_PROPERTY, dir.toString());
    LatencyLog log = LatencyLog.open(params(), thread(0));

    log.beginIteration(WARMUP);
    for (int i = 0; i < 50; i++) {
      log.record(log.start());
    }
    log.endIteration();
    log.beginIteration(MEASUREMENT);
    for (int i = 0; i < 300; i++) {
      log.record(System.nanoTime() - 5_000_000L);
    }
    log.endIteration();
    log.close();

    // one file, named after method, mode, param values (in JMH's key order), this JVM's pid and the thread; one interval
    List<Path> files;
    try (var listing = Files.list(dir)) {
      files = listing.toList();
    }
    assertThat(files).singleElement().extracting(p -> p.getFileName().toString())
        .isEqualTo("RedisLookupBenchmark.lookup-sample-GET-HIT-" + ProcessHandle.current().pid() + "-t0.hlog");
    List<Histogram> intervals = intervals(files.get(0));
    assertThat(intervals).singleElement().satisfies(h -> {
      assertThat(h.getTotalCount()).isEqualTo(300);
      assertThat(h.getTag()).isEqualTo("RedisLookupBenchmark.lookup?mode=sample&command=GET&key=HIT");
      // each call was recorded 5 ms after its start, or a little more
      assertThat(h.getValueAtPercentile(0)).isGreaterThanOrEqualTo(h.lowestEquivalentValue(5_000_000L));
    });
  }

  @Test
  void disabled_writesNothing() throws Exception {
    LatencyLog log = LatencyLog.open(params(), thread(0));

    log.beginIteration(MEASUREMENT);
    log.record(log.start());
    log.endIteration();
    log.close();

    try (var listing = Files.list(dir)) {
      assertThat(listing).isEmpty();
    }
  }

  @Test
  void warmupOnly_writesNoFile() throws Exception {
    System.setProperty(LatencyLog.DIRECTORY_PROPERTY, dir.toString());
    LatencyLog log = LatencyLog.open(params(), thread(0));

    log.beginIteration(WARMUP);
    log.record(log.start());
    log.endIteration();
    log.close();

    try (var listing = Files.list(dir)) {
      assertThat(listing).isEmpty();
    }
  }

  @Test
  void threads_writeOneFileEachHoldingExactlyTheirOwnCalls() throws Exception {
    System.setProperty(LatencyLog.DIRECTORY_PROPERTY, dir.toString());
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      CountDownLatch allOpen = new CountDownLatch(threads);
      for (int t = 0; t < threads; t++) {
        int index = t;
        done.add(pool.submit(() -> {
          // thread t records 1000 * (t + 1) calls in each of two iterations, all threads at the same time
          LatencyLog log = LatencyLog.open(params(), thread(index));
          allOpen.countDown();
          allOpen.await();
          for (int iteration = 0; iteration < 2; iteration++) {
            log.beginIteration(MEASUREMENT);
            for (int i = 0; i < 1000 * (index + 1); i++) {
              log.record(log.start());
            }
            log.endIteration();
          }
          log.close();
          return null;
        }));
      }
      for (Future<?> thread : done) {
        thread.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    String fork = "RedisLookupBenchmark.lookup-sample-GET-HIT-" + ProcessHandle.current().pid();
    for (int t = 0; t < threads; t++) {
      Path file = dir.resolve(fork + "-t" + t + ".hlog");
      assertThat(intervals(file)).extracting(Histogram::getTotalCount)
          .as("thread " + t).containsExactly(1000L * (t + 1), 1000L * (t + 1));
    }
    try (var listing = Files.list(dir)) {
      assertThat(listing).hasSize(threads);
    }
  }
}
