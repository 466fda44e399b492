package dev.statebench.report;

import dev.statebench.results.stats.ConfidenceInterval;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.HdrHistogram.EncodableHistogram;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogReader;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The latency of one measured configuration, from HdrHistogram interval logs ({@code .hlog}) of a run: every log whose
 * intervals carry the same tag (the benchmark and its parameters, whatever the JMH mode or fork that wrote it) is one
 * series; all its intervals are added into one histogram for the percentiles, and the percentile of each interval is
 * kept, so that the mean, p50 and p99 get the report's confidence interval ({@link ConfidenceInterval}: 95%, Student
 * t) across intervals. Untagged logs are a series each, named after their file. Values are read as nanoseconds, the
 * unit statebench's benchmarks record in.
 *
 * @param name the series: the tag without its {@code mode} parameter, written {@code Class.method (k=v, …)}
 * @param histogram every interval added together
 * @param mean mean of the per-interval means in µs with its interval (n = intervals)
 * @param p50 mean of the per-interval medians in µs with its interval
 * @param p99 mean of the per-interval 99th percentiles in µs with its interval
 */
record LatencyLog(String name, Histogram histogram, ConfidenceInterval mean, ConfidenceInterval p50,
    ConfidenceInterval p99) {

  static List<LatencyLog> readAll(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(dir, 3)) {
      files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".hlog")).sorted()
          .toList();
    }
    Map<String, Series> series = new TreeMap<>();
    for (Path file : files) {
      readInto(file, series);
    }
    List<LatencyLog> logs = new ArrayList<>();
    series.forEach((name, s) -> logs.add(s.toLog(name)));
    return logs;
  }

  /** Adds one log's non-empty intervals to the series of its tag; a corrupt log is skipped. */
  private static void readInto(Path file, Map<String, Series> series) throws FileNotFoundException {
    HistogramLogReader reader = new HistogramLogReader(file.toFile());
    String fileName = file.getFileName().toString();
    try {
      EncodableHistogram next;
      while ((next = reader.nextIntervalHistogram()) != null) {
        if (!(next instanceof Histogram interval) || interval.getTotalCount() == 0) {
          continue;
        }
        String name = interval.getTag() == null ? fileName.substring(0, fileName.length() - ".hlog".length())
            : seriesName(interval.getTag());
        series.computeIfAbsent(name, n -> new Series()).add(interval);
      }
    } catch (RuntimeException corrupt) {
      // a truncated or foreign file: what was read before the damage stays, the rest is ignored
    } finally {
      reader.close();
    }
  }

  /** {@code Bench.method?mode=avgt&alg=HS256&step=DENYLIST} → {@code Bench.method (alg=HS256, step=DENYLIST)}. */
  static String seriesName(String tag) {
    int query = tag.indexOf('?');
    if (query < 0) {
      return tag;
    }
    List<String> params = new ArrayList<>();
    for (String param : tag.substring(query + 1).split("&")) {
      if (!param.isEmpty() && !param.startsWith("mode=")) {
        params.add(param);
      }
    }
    return tag.substring(0, query) + (params.isEmpty() ? "" : " (" + String.join(", ", params) + ")");
  }

  /** The intervals of one series, accumulated across files. */
  private static final class Series {
    private Histogram total;
    private final SummaryStatistics means = new SummaryStatistics();
    private final SummaryStatistics p50s = new SummaryStatistics();
    private final SummaryStatistics p99s = new SummaryStatistics();

    void add(Histogram interval) {
      means.addValue(interval.getMean() / 1000.0);
      p50s.addValue(interval.getValueAtPercentile(50) / 1000.0);
      p99s.addValue(interval.getValueAtPercentile(99) / 1000.0);
      if (total == null) {
        total = new Histogram(interval.getNumberOfSignificantValueDigits());
      }
      total.add(interval);
    }

    LatencyLog toLog(String name) {
      return new LatencyLog(name, total, ConfidenceInterval.of(means), ConfidenceInterval.of(p50s),
          ConfidenceInterval.of(p99s));
    }
  }
}
