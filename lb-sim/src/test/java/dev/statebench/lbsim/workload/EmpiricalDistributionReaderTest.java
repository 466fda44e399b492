package dev.statebench.lbsim.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.statebench.lbsim.model.RandomStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmpiricalDistributionReaderTest {
  @TempDir
  Path dir;

  private static double sampleMean(Distribution d) {
    RandomStream random = new RandomStream(1);
    double sum = 0;
    for (int i = 0; i < 500_000; i++) {
      sum += d.sample(random);
    }
    return sum / 500_000;
  }

  /** Exponential latencies with mean 400 µs, recorded in nanoseconds. */
  private static Histogram measured() {
    Histogram h = new Histogram(3);
    RandomStream random = new RandomStream(2);
    for (int i = 0; i < 200_000; i++) {
      h.recordValue(Math.round(-400_000 * Math.log(random.nextOpenDouble())));
    }
    return h;
  }

  @Test
  void csvSamples_inMicroseconds_reproduceTheirMean() throws IOException {
    // samples 100, 200, 300, 400 µs with a header line; interpolating the inverse CDF keeps the mean near 250 µs
    Path file = Files.writeString(dir.resolve("lookup.csv"), "latency_us\n100\n200\n300\n400\n");
    EmpiricalDistribution d = EmpiricalDistributionReader.read(file, 1e3, "backends.remote.file");
    assertThat(d.points()).isEqualTo(4);
    assertThat(sampleMean(d)).isCloseTo(d.mean(), Percentage.withPercentage(1));
    assertThat(d.mean()).isBetween(200e3, 300e3);
  }

  @Test
  void hdrHistogramLog_reproducesTheRecordedDistribution() throws IOException {
    Histogram h = measured();
    Path file = dir.resolve("redis-get.hlog");
    try (PrintStream out = new PrintStream(Files.newOutputStream(file))) {
      HistogramLogWriter writer = new HistogramLogWriter(out);
      writer.outputLogFormatVersion();
      writer.outputLegend();
      h.setStartTimeStamp(0);
      h.setEndTimeStamp(1000);
      writer.outputIntervalHistogram(h);
    }
    EmpiricalDistribution d = EmpiricalDistributionReader.read(file, 1, "backends.remote.file");
    assertThat(sampleMean(d)).isCloseTo(h.getMean(), Percentage.withPercentage(2));
  }

  @Test
  void taggedHistogramLog_readsOnlyTheChosenTagAndRefusesAmbiguity() throws IOException {
    Histogram fast = new Histogram(3);
    Histogram slow = new Histogram(3);
    for (int i = 0; i < 1000; i++) {
      fast.recordValue(30_000 + i);
      slow.recordValue(65_000 + i);
    }
    fast.setTag("redis-get");
    slow.setTag("pg-select");
    Path file = dir.resolve("lookups.hlog");
    try (PrintStream out = new PrintStream(Files.newOutputStream(file))) {
      HistogramLogWriter writer = new HistogramLogWriter(out);
      writer.outputLogFormatVersion();
      writer.outputLegend();
      writer.outputIntervalHistogram(fast);
      writer.outputIntervalHistogram(slow);
    }
    EmpiricalDistribution pg = EmpiricalDistributionReader.read(file, 1, "state.lookup.file", "pg-select");
    assertThat(pg.mean()).isCloseTo(slow.getMean(), Percentage.withPercentage(1));
    assertThatThrownBy(() -> EmpiricalDistributionReader.read(file, 1, "state.lookup.file", null))
        .hasMessageContaining("state.lookup.file").hasMessageContaining("pg-select, redis-get");
    assertThatThrownBy(() -> EmpiricalDistributionReader.read(file, 1, "state.lookup.file", "mysql"))
        .hasMessageContaining("no recorded values tagged 'mysql'");
  }

  @Test
  void percentileTable_reproducesTheRecordedMean() throws IOException {
    Histogram h = measured();
    Path file = dir.resolve("redis-get.hgrm");
    try (PrintStream out = new PrintStream(Files.newOutputStream(file))) {
      h.outputPercentileDistribution(out, 1000.0);
    }
    EmpiricalDistribution d = EmpiricalDistributionReader.read(file, 1e3, "backends.remote.file");
    assertThat(sampleMean(d)).isCloseTo(h.getMean(), Percentage.withPercentage(3));
  }

  @Test
  void missingOrEmptyFile_isRefusedNamingTheKey() throws IOException {
    assertThatThrownBy(() -> EmpiricalDistributionReader.read(dir.resolve("none.csv"), 1, "backends.service.file"))
        .hasMessageStartingWith("backends.service.file: file not found");
    Path empty = Files.writeString(dir.resolve("empty.csv"), "value\n");
    assertThatThrownBy(() -> EmpiricalDistributionReader.read(empty, 1, "backends.service.file"))
        .hasMessageContaining("holds no samples");
  }
}
