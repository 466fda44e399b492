package dev.statebench.report;

import dev.statebench.compare.BenchmarkKey;
import dev.statebench.results.format.Numbers;
import dev.statebench.results.stats.ConfidenceInterval;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What parsing the request head costs per credential: {@code Http1HeadParseBenchmark} (Netty's HTTP/1.1 decoder) and
 * {@code HpackDecodeBenchmark} (steady-state HPACK decoding, per indexing policy), one row per credential, with the
 * report's interval (95%, Student t over the measurement iterations of every fork) and, beside it, the ratio to the
 * opaque session cookie parsed by the same parser in the same run.
 */
final class ParseCostSection {
  static final String TITLE = "### Parsing the request head, per credential";
  private static final String HTTP1 = "Http1HeadParseBenchmark.parse";
  private static final String HPACK = "HpackDecodeBenchmark.decodeSteadyState";
  private static final String OPAQUE = "OPAQUE_COOKIE";

  private ParseCostSection() {}

  static String render(ResultFolder folder) {
    List<Row> rows = rows(folder);
    StringBuilder md = new StringBuilder(TITLE).append("\n\n");
    if (rows.isEmpty()) {
      return md.append("HTTP/1.1 and HPACK parse cost: ").append(Cells.NOT_MEASURED).append(".\n\n").toString();
    }
    MarkdownTable table = new MarkdownTable("parser", "credential", "token algorithm", "JVM",
        "ns per request head ± 95% CI", "n (iterations)", "÷ opaque cookie, same parser");
    for (Row row : rows) {
      Optional<Row> opaque = rows.stream().filter(r -> r.authCase().equals(OPAQUE) && r.parser().equals(row.parser())
          && r.jvm().equals(row.jvm())).findFirst();
      table.row(row.parser(), row.authCase(), row.algorithm(), row.jvm().isEmpty() ? Numbers.MISSING : row.jvm(),
          Numbers.withInterval(row.nanos().mean(), row.nanos().halfWidth()), String.valueOf(row.nanos().n()),
          opaque.map(o -> Numbers.format(row.nanos().mean() / o.nanos().mean())).orElse(Numbers.MISSING));
    }
    return md.append(table.render()).append("\nThe difference between a credential's row and the opaque cookie's is "
        + "what carrying that credential costs the server's parser per request, before any verification (the JWT "
        + "rows above). HPACK rows are steady state on one connection: an indexed token is decoded from the dynamic "
        + "table, a never-indexed one is decoded whole every time.\n\n").toString();
  }

  private record Row(String parser, String authCase, String algorithm, String jvm, ConfidenceInterval nanos) {}

  private static List<Row> rows(ResultFolder folder) {
    Map<String, Row> sorted = new TreeMap<>();
    for (BenchmarkKey key : folder.benchmarks().keySet()) {
      String parser = parser(key);
      if (parser == null || !key.mode().equals("avgt")) {
        continue;
      }
      Optional<JmhIntervals.Intervals> intervals = folder.intervals().of(key);
      if (intervals.isEmpty()) {
        continue;
      }
      double toNanos = JmhUnits.toMicros(intervals.get().unit()) * 1000;
      String authCase = key.params().getOrDefault("authCase", Numbers.MISSING);
      Row row = new Row(parser, authCase, key.params().getOrDefault("algorithm", Numbers.MISSING), key.jvm(),
          intervals.get().mean().scaled(toNanos));
      // per parser and JVM, the opaque cookie first: the row the others are compared with
      sorted.put(parser + "|" + key.jvm() + "|" + (authCase.equals(OPAQUE) ? "0" : "1") + authCase, row);
    }
    return new ArrayList<>(sorted.values());
  }

  /** The parser a result measured, or {@code null} for other benchmarks. */
  private static String parser(BenchmarkKey key) {
    if (key.shortName().equals(HTTP1)) {
      return "HTTP/1.1 (Netty HttpRequestDecoder)";
    }
    if (key.shortName().equals(HPACK)) {
      return "HPACK, " + key.params().getOrDefault("indexing", "?").toLowerCase(Locale.ROOT)
          .replace('_', '-');
    }
    return null;
  }
}
