package dev.statebench.report;

import dev.statebench.compare.BenchmarkKey;
import dev.statebench.compare.BenchmarkResult;
import dev.statebench.compare.Metric;
import dev.statebench.results.format.Numbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether the CPU-bound results are precise enough to cite: the full profile aims at a 99.9% confidence half-width
 * (JMH's own {@code scoreError}, Student t at 99.9% over every measurement iteration of every fork) of at most 5% of
 * the score for JWT verification and signing, the key ring and the request-head parsers. The section lists every
 * average-time row of those benchmarks that misses the target, widest first, with its n (forks × iterations), and says
 * so plainly when all rows meet it. Store lookups are not held to it: their spread is the network's, not the method's.
 */
final class PrecisionSection {
  static final String TITLE = "### Precision of the CPU-bound rows";
  /** The target: half-width of JMH's 99.9% interval ÷ score. */
  static final double TARGET = 0.05;
  private static final Set<String> CPU_BOUND = Set.of("JwtVerifyBenchmark", "JwtSignBenchmark",
      "JwtKeyRingBenchmark", "Http1HeadParseBenchmark", "HpackDecodeBenchmark");

  private PrecisionSection() {}

  private record Row(BenchmarkKey key, Metric metric, long n) {
    double ratio() {
      return metric.error() / metric.score();
    }

    boolean meetsTarget() {
      return Double.isFinite(ratio()) && ratio() <= TARGET;
    }
  }

  static String render(ResultFolder folder) {
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<BenchmarkKey, BenchmarkResult> entry : folder.benchmarks().entrySet()) {
      BenchmarkKey key = entry.getKey();
      String type = key.shortName().substring(0, Math.max(0, key.shortName().indexOf('.')));
      if (CPU_BOUND.contains(type) && key.mode().equals("avgt")) {
        long n = folder.intervals().of(key).map(i -> i.mean().n()).orElse(0L);
        rows.add(new Row(key, entry.getValue().primary(), n));
      }
    }
    StringBuilder md = new StringBuilder(TITLE).append("\n\n");
    if (rows.isEmpty()) {
      return md.append("CPU-bound rows (JWT, key ring, parse cost): ").append(Cells.NOT_MEASURED).append(".\n\n")
          .toString();
    }
    md.append("Target: every CPU-bound row (JWT verify and sign, key ring, request-head parsing) has a 99.9% "
        + "confidence half-width (JMH's score error) of at most ").append(Math.round(TARGET * 100)).append("%")
        .append(" of its score. ");
    List<Row> missing = rows.stream().filter(r -> !r.meetsTarget())
        .sorted(Comparator.comparingDouble((Row r) -> Double.isNaN(r.ratio()) ? Double.MAX_VALUE : r.ratio())
            .reversed()).toList();
    if (missing.isEmpty()) {
      return md.append("All ").append(rows.size()).append(" rows meet the target.\n\n").toString();
    }
    md.append(missing.size()).append(" of ").append(rows.size()).append(" rows miss it:\n\n");
    boolean severalJvms = folder.severalJvms();
    MarkdownTable table = new MarkdownTable("benchmark (parameters)", "score", "99.9% half-width", "half-width ÷ score",
        "n (forks × iterations)");
    for (Row row : missing) {
      int forks = row.metric().forks();
      String n = forks > 0 && row.n() % forks == 0
          ? row.n() + " (" + forks + " × " + row.n() / forks + ")"
          : String.valueOf(row.n());
      table.row(row.key().shortName() + " (" + row.key().paramsText() + ")"
              + (severalJvms ? " @" + row.key().jvm() : ""),
          Numbers.format(row.metric().score()) + " " + row.metric().unit(),
          Double.isFinite(row.metric().error()) ? Numbers.format(row.metric().error()) : "no interval",
          Numbers.percent(row.ratio()), n);
    }
    return md.append(table.render()).append("\nA row without an interval had a single measurement iteration. Wide "
        + "rows on a shared machine usually come from other processes taking the cores during some iterations; more "
        + "forks and iterations narrow them, a quieter machine more so.\n\n").toString();
  }
}
