package dev.statebench.report;

import dev.statebench.AtomicFiles;
import dev.statebench.compare.BenchmarkKey;
import dev.statebench.compare.BenchmarkResult;
import dev.statebench.results.chart.ChartStyle;
import dev.statebench.results.sim.PolicyResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The report's plots, drawn from the same data as its tables into {@code plots/}: JWT verification cost per
 * algorithm, session-lookup latency by percentile, header bytes per request, and tail latency per routing policy for
 * each simulator scenario. A plot whose data the run does not hold is not drawn.
 */
final class ReportPlots {
  static final String FOLDER = "plots";
  /** Percentiles of the latency plot, and their "nines" (x = −log10(1 − p)). */
  private static final double[] PERCENTILES = {50, 90, 99, 99.9, 99.99};
  private static final List<String> HEADER_CASES = List.of("OPAQUE_COOKIE", "BEARER_JWT MINIMAL HS256",
      "BEARER_JWT TYPICAL HS256", "BEARER_JWT TYPICAL ES256", "BEARER_JWT TYPICAL RS256", "BEARER_JWT FAT ES256");

  private ReportPlots() {}

  static List<Plot> draw(ResultFolder folder) throws IOException {
    Path plots = folder.dir().resolve(FOLDER);
    Files.createDirectories(plots);
    for (Path stale : ResultFolder.files(plots, ".svg")) {
      // the plots are derived data: a plot whose data is gone must not outlive it
      Files.delete(stale);
    }
    List<Plot> drawn = new ArrayList<>();
    verifyCost(folder).ifPresent(drawn::add);
    lookupLatency(folder).ifPresent(drawn::add);
    headerBytes(folder).ifPresent(drawn::add);
    drawn.addAll(LoadCostSection.plots(folder.dir()));
    for (ResultFolder.SimResult sim : folder.simulations()) {
      policyTail(folder, sim).ifPresent(drawn::add);
    }
    return drawn;
  }

  private static Optional<Plot> verifyCost(ResultFolder folder) throws IOException {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Map.Entry<BenchmarkKey, BenchmarkResult> entry : folder.benchmarks().entrySet()) {
      BenchmarkKey key = entry.getKey();
      if (!key.shortName().startsWith("JwtVerify") || !key.mode().equals("avgt")
          || !key.params().getOrDefault("profile", "TYPICAL").equals("TYPICAL")
          || !key.params().getOrDefault("provider", "JDK").equals("JDK")) {
        continue;
      }
      double micros = entry.getValue().primary().score() * JmhUnits.toMicros(entry.getValue().primary().unit());
      String series = key.params().getOrDefault("path", "verify") + (folder.severalJvms() ? " @" + key.jvm() : "");
      data.addValue(micros, series, key.params().getOrDefault("alg", "?"));
    }
    if (data.getColumnCount() == 0) {
      return Optional.empty();
    }
    JFreeChart chart = ChartFactory.createBarChart("JWT verification cost per request (typical token, JDK "
        + "provider)", "algorithm", "µs per verification (log scale)", data, PlotOrientation.VERTICAL, true, false,
        false);
    chart.getCategoryPlot().setRangeAxis(logAxis("µs per verification (log scale)", 0.1));
    Plot plot = new Plot(FOLDER + "/verify-cost.svg", "JWT verification cost per algorithm",
        "Mean time to parse and verify one typical JWT, per signing algorithm and verification path (JMH average "
            + "time, log scale). Compare bars within one algorithm for the cost of the path, and across algorithms "
            + "for the cost of the signature scheme.");
    write(chart, folder.dir().resolve(plot.file()));
    return Optional.of(plot);
  }

  private static Optional<Plot> lookupLatency(ResultFolder folder) throws IOException {
    XYSeriesCollection data = new XYSeriesCollection();
    for (LatencyLog log : folder.latencyLogs()) {
      XYSeries series = new XYSeries(log.name());
      for (double p : PERCENTILES) {
        series.add(nines(p), log.histogram().getValueAtPercentile(p) / 1000.0);
      }
      data.addSeries(series);
    }
    if (data.getSeriesCount() == 0) {
      for (CostRow row : CostTable.rows(folder)) {
        if (!row.mechanism().equals(CostTable.JWT) && row.p99() != null) {
          XYSeries series = new XYSeries(row.configuration());
          series.add(nines(50), row.p50().mean());
          series.add(nines(99), row.p99().mean());
          data.addSeries(series);
        }
      }
    }
    if (data.getSeriesCount() == 0) {
      return Optional.empty();
    }
    JFreeChart chart = ChartFactory.createXYLineChart("Session lookup latency by percentile",
        "percentile (nines: 0.3 = p50, 1 = p90, 2 = p99, 3 = p99.9, 4 = p99.99)", "µs (log scale)", data,
        PlotOrientation.VERTICAL, true, false, false);
    chart.getXYPlot().setRangeAxis(logAxis("µs (log scale)", 1));
    Plot plot = new Plot(FOLDER + "/lookup-latency.svg", "Session lookup latency by percentile",
        "Latency of one session lookup at each percentile, per store and load, from the run's latency logs "
            + "(or JMH sample mode). The further right a curve climbs, the worse the tail that a request fan-out "
            + "or a strict SLO will meet.");
    write(chart, folder.dir().resolve(plot.file()));
    return Optional.of(plot);
  }

  private static Optional<Plot> headerBytes(ResultFolder folder) throws IOException {
    if (folder.headerTables().isEmpty()) {
      return Optional.empty();
    }
    HeaderTables tables = new HeaderTables(folder.headerTables().get());
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    Optional<Integer> bytes = tables.columnIndex("headers-bandwidth", "auth bytes/request");
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    for (List<String> row : tables.rows("headers-bandwidth")) {
      if (HEADER_CASES.contains(row.get(0))) {
        data.addValue(Double.parseDouble(row.get(bytes.get())), row.get(1),
            credentialLabel(row.get(0)));
      }
    }
    if (data.getColumnCount() == 0) {
      return Optional.empty();
    }
    JFreeChart chart = ChartFactory.createBarChart("Session credential bytes per request", "credential",
        "bytes per request", data, PlotOrientation.VERTICAL, true, false, false);
    chart.getCategoryPlot().getDomainAxis().setMaximumCategoryLabelLines(2);
    Plot plot = new Plot(FOLDER + "/header-bytes.svg", "Header bytes per request",
        "Bytes the session credential adds to every request once a connection is warm: an opaque 22-character id "
            + "against JWTs of several sizes, over HTTP/1.1 and over HTTP/2 with HPACK indexing (Netty's default) or "
            + "never-indexed literals (what nghttp2 and Jetty send for authorization). HTTP/1.1 and never-indexed "
            + "HTTP/2 resend the whole token on every request; only an indexing HTTP/2 encoder makes it nearly free.");
    write(chart, folder.dir().resolve(plot.file()));
    return Optional.of(plot);
  }

  /** Most bars (results) one latency-per-policy chart shows. */
  private static final int MAX_BARS = 16;

  private static Optional<Plot> policyTail(ResultFolder folder, ResultFolder.SimResult sim) throws IOException {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (PolicyResult policy : sim.result().policies()) {
      data.addValue(policy.metrics().latencyMs().p99().mean(), "p99", policy.displayName());
      data.addValue(policy.metrics().latencyMs().mean().mean(), "mean", policy.displayName());
    }
    if (data.getColumnCount() < 2 || data.getColumnCount() > MAX_BARS) {
      // one result has nothing to compare with; a large sweep reads better in lb-sim's own CDF and skew plots
      return Optional.empty();
    }
    JFreeChart chart = ChartFactory.createBarChart("Latency per routing policy: " + sim.name(), "policy", "ms", data,
        PlotOrientation.HORIZONTAL, true, false, false);
    Plot plot = new Plot(FOLDER + "/sim-" + sim.name() + ".svg", "Latency per routing policy: " + sim.name(),
        "Mean and 99th-percentile time in system for every routing policy of simulator scenario " + sim.name()
            + ", on the same arrivals and work (common random numbers), averaged over replications. Shorter bars "
            + "mean the policy spreads load better; a long p99 bar beside a short mean marks hot instances.");
    write(chart, folder.dir().resolve(plot.file()));
    return Optional.of(plot);
  }

  /** {@code OPAQUE_COOKIE} → "opaque id", {@code BEARER_JWT TYPICAL ES256} → "JWT typical ES256". */
  private static String credentialLabel(String caseName) {
    String[] words = caseName.split(" ");
    if (words.length != 3) {
      return caseName.equals("OPAQUE_COOKIE") ? "opaque id" : caseName;
    }
    return "JWT " + words[1].toLowerCase(Locale.ROOT) + " " + words[2];
  }

  /** A base-10 logarithmic axis with plain-number tick labels (1, 10, 100 rather than 10^1, 10^2). */
  private static LogAxis logAxis(String label, double smallest) {
    LogAxis axis = new LogAxis(label);
    axis.setBase(10);
    axis.setSmallestValue(smallest);
    axis.setStandardTickUnits(NumberAxis.createStandardTickUnits());
    axis.setNumberFormatOverride(new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    return axis;
  }

  /** Writes {@code chart} in the house style with ids prefixed by the plot's name, so inlined plots never clash. */
  private static void write(JFreeChart chart, Path file) throws IOException {
    String name = file.getFileName().toString().replaceAll("[^A-Za-z0-9]", "");
    AtomicFiles.writeString(file, ChartStyle.svg(ChartStyle.styled(chart), name));
  }

  private static double nines(double percentile) {
    return -Math.log10(1 - percentile / 100);
  }
}
