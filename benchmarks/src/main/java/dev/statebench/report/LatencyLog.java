package dev.statebench.report;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * One HdrHistogram interval log ({@code .hlog}) of a run: all its intervals added into one histogram for the
 * percentiles, and the percentile of each interval kept separately, so that p50 and p99 get a 95% Student-t
 * confidence interval across intervals. Values are read as nanoseconds, the unit statebench's benchmarks record in.
 *
 * @param name the file name without {@code .hlog}, which names the series (e.g. the store and the load)
 * @param histogram every interval added together
 * @param p50 median in µs with its interval half-width (NaN when fewer than 3 intervals)
 * @param p99 99th percentile in µs with its interval half-width
 */
record LatencyLog(String name, Histogram histogram, Estimate p50, Estimate p99) {

  /** A value with the half-width of its 95% confidence interval. */
  record Estimate(double value, double halfWidth) {}

  static List<LatencyLog> readAll(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir, 3)) {
      files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".hlog")).sorted()
          .toList();
    }
    List<LatencyLog> logs = new ArrayList<>();
    for (Path file : files) {
      LatencyLog log = read(file);
      if (log != null) {
        logs.add(log);
      }
    }
    return logs;
  }

  /** Reads one log; {@code null} when it holds no histogram. */
  static LatencyLog read(Path file) throws FileNotFoundException {
    Histogram total = null;
    SummaryStatistics p50s = new SummaryStatistics();
    SummaryStatistics p99s = new SummaryStatistics();
    HistogramLogReader reader = new HistogramLogReader(file.toFile());
    try {
      EncodableHistogram next;
      while ((next = reader.nextIntervalHistogram()) != null) {
        if (!(next instanceof Histogram interval) || interval.getTotalCount() == 0) {
          continue;
        }
        p50s.addValue(interval.getValueAtPercentile(50) / 1000.0);
        p99s.addValue(interval.getValueAtPercentile(99) / 1000.0);
        if (total == null) {
          total = new Histogram(interval.getNumberOfSignificantValueDigits());
        }
        total.add(interval);
      }
    } catch (RuntimeException corrupt) {
      return null;
    } finally {
      reader.close();
    }
    if (total == null) {
      return null;
    }
    String name = file.getFileName().toString();
    return new LatencyLog(name.substring(0, name.length() - ".hlog".length()), total,
        new Estimate(total.getValueAtPercentile(50) / 1000.0, halfWidth(p50s)),
        new Estimate(total.getValueAtPercentile(99) / 1000.0, halfWidth(p99s)));
  }

  private static double halfWidth(SummaryStatistics values) {
    if (values.getN() < 3) {
      return Double.NaN;
    }
    double t = new TDistribution(values.getN() - 1).inverseCumulativeProbability(0.975);
    return t * values.getStandardDeviation() / Math.sqrt(values.getN());
  }
}
