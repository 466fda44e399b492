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
 * t) across intervals. The benchmarks write one log per thread ({@code …-<pid>-t<thread>.hlog}); the threads' logs of
 * one fork are added interval by interval first, so an interval is one measurement iteration of one fork. Untagged logs are a series each, named after their file. Values are read as nanoseconds, the
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
    Map<String, List<Path>> forks = new TreeMap<>();
    for (Path file : files) {
      forks.computeIfAbsent(forkOf(file), f -> new ArrayList<>()).add(file);
    }
    Map<String, Series> series = new TreeMap<>();
    for (List<Path> threadFiles : forks.values()) {
      addFork(threadFiles, series);
    }
    List<LatencyLog> logs = new ArrayList<>();
    series.forEach((name, s) -> logs.add(s.toLog(name)));
    return logs;
  }

  /**
   * The fork a log belongs to: its path without the thread suffix, so that {@code …-4711-t0.hlog} and
   * {@code …-4711-t1.hlog} (two threads of fork 4711) are one fork; a file without the suffix is a fork of its own.
   */
  static String forkOf(Path file) {
    return file.toString().replaceFirst("-t\\d+\\.hlog$", ".hlog");
  }

  /**
   * Adds one fork's intervals to the series of their tags: the threads' logs of one fork hold the same measurement
   * iterations, so the k-th interval of each thread is added into one histogram, the fork's k-th interval.
   */
  private static void addFork(List<Path> threadFiles, Map<String, Series> series) throws FileNotFoundException {
    Map<String, List<Histogram>> merged = new TreeMap<>();
    for (Path file : threadFiles) {
      Map<String, Integer> position = new TreeMap<>();
      for (Histogram interval : intervals(file)) {
        String name = interval.getTag() == null ? untaggedName(file) : seriesName(interval.getTag());
        List<Histogram> forkIntervals = merged.computeIfAbsent(name, n -> new ArrayList<>());
        int k = position.merge(name, 1, Integer::sum) - 1;
        if (k == forkIntervals.size()) {
          forkIntervals.add(new Histogram(interval.getNumberOfSignificantValueDigits()));
        }
        forkIntervals.get(k).add(interval);
      }
    }
    merged.forEach((name, forkIntervals) -> forkIntervals.stream().filter(h -> h.getTotalCount() > 0)
        .forEach(h -> series.computeIfAbsent(name, n -> new Series()).add(h)));
  }

  /** One log's intervals; a corrupt log keeps what was read before the damage. */
  private static List<Histogram> intervals(Path file) throws FileNotFoundException {
    HistogramLogReader reader = new HistogramLogReader(file.toFile());
    List<Histogram> intervals = new ArrayList<>();
    try {
      EncodableHistogram next;
      while ((next = reader.nextIntervalHistogram()) != null) {
        if (next instanceof Histogram interval) {
          intervals.add(interval);
        }
      }
    } catch (RuntimeException corrupt) {
      // a truncated or foreign file: what was read before the damage stays, the rest is ignored
    } finally {
      reader.close();
    }
    return intervals;
  }

  /** An untagged log is a series named after its file, thread suffix removed. */
  private static String untaggedName(Path file) {
    String fork = Path.of(forkOf(file)).getFileName().toString();
    return fork.substring(0, fork.length() - ".hlog".length());
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
