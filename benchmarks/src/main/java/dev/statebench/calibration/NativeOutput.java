package dev.statebench.calibration;

import java.util.Arrays;
import java.util.List;

/** Reads the medians the native tools report: {@code redis-benchmark --csv} and {@code pgbench -l} logs. */
final class NativeOutput {
  private NativeOutput() {}

  /**
   * The p50 of the {@code GET} row of {@code redis-benchmark --csv} output (Redis 7: columns test, rps, avg, min,
   * p50, p95, p99, max, all latencies in ms), in microseconds.
   */
  static double redisBenchmarkMedianMicros(String csv) {
    return redisBenchmarkColumnMicros(csv, "p50_latency_ms");
  }

  /** The mean ({@code avg_latency_ms}) of the {@code GET} row, in microseconds. */
  static double redisBenchmarkMeanMicros(String csv) {
    return redisBenchmarkColumnMicros(csv, "avg_latency_ms");
  }

  private static double redisBenchmarkColumnMicros(String csv, String column) {
    List<String> header = null;
    for (String line : csv.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
      List<String> cells = Arrays.stream(line.split(",")).map(c -> c.replace("\"", "").strip()).toList();
      if (cells.contains(column)) {
        header = cells;
      } else if (header != null && cells.get(0).equals("GET")) {
        return Double.parseDouble(cells.get(header.indexOf(column))) * 1000;
      }
    }
    throw new IllegalArgumentException("redis-benchmark printed no GET row with " + column + " (needs Redis 7 tools)");
  }

  /**
   * The latencies of a {@code pgbench -l} per-transaction log (columns: client, transaction, latency in µs, script,
   * epoch seconds, µs), in microseconds.
   */
  static long[] pgbenchLatenciesMicros(String log) {
    return log.lines().map(String::strip).filter(l -> !l.isEmpty())
        .mapToLong(l -> Long.parseLong(l.split("\\s+")[2])).toArray();
  }
}
