package dev.statebench.report;

import dev.statebench.AtomicFiles;
import dev.statebench.results.chart.ChartStyle;
import dev.statebench.results.format.Numbers;
import dev.statebench.results.load.CpuPerRequest;
import dev.statebench.results.load.GeneratorFloor;
import dev.statebench.results.load.LatencyPercentiles;
import dev.statebench.results.load.LoadSummary;
import dev.statebench.results.load.RateResult;
import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The report section built from the open-loop sweeps in {@code load/<target>/summary.json}: the cost table an
 * architect sizes a fleet with (CPU-µs per request and cores per 100k requests/s, app side and store side, at one
 * offered rate every target ran), the generator's own floor beside every rate, and the latency-against-offered-load
 * plots (p50 and p99 per strategy: the hockey-stick curves). Cores per 100k requests/s = CPU-µs per request ÷ 10.
 * The summaries are read through the typed results contract ({@code load-summary-2.schema.json}).
 */
final class LoadCostSection {
  static final String TITLE = "## CPU per request and latency under load";
  /** The two percentiles the plots draw, read from a rate's response times. */
  private static final java.util.Map<String, Function<LatencyPercentiles, Double>> PERCENTILE =
      java.util.Map.of("p50", LatencyPercentiles::p50, "p99", LatencyPercentiles::p99);

  private LoadCostSection() {}

  /** One target's sweep. */
  private record Sweep(String target, LoadSummary summary) {
    List<RateResult> rates() {
      return summary.rates();
    }
  }

  /** The section's markdown (without plots), or a line saying no sweep ran. */
  static String render(Path dir) throws IOException {
    List<Sweep> sweeps = sweeps(dir);
    if (sweeps.isEmpty()) {
      return "_Not run in this profile._\n";
    }
    Optional<Double> rate = costRate(sweeps);
    StringBuilder md = new StringBuilder();
    if (rate.isPresent()) {
      md.append(costTable(sweeps, rate.get()));
    }
    md.append('\n').append(durability(sweeps)).append('\n').append(sweepTable(sweeps));
    return md.toString();
  }

  /** The durability settings in force on each sweep's servers, as they reported them; grouped by setting. */
  private static String durability(List<Sweep> sweeps) {
    java.util.Map<String, List<String>> bySetting = new java.util.LinkedHashMap<>();
    for (Sweep sweep : sweeps) {
      List<String> parts = new ArrayList<>();
      sweep.summary().durability().forEach((server, inForce) -> {
        List<String> settings = new ArrayList<>();
        inForce.forEach((name, value) -> settings.add(name + "=" + value));
        parts.add(server + " " + String.join(", ", settings));
      });
      if (!parts.isEmpty()) {
        bySetting.computeIfAbsent(String.join("; ", parts), k -> new ArrayList<>()).add(sweep.target());
      }
    }
    if (bySetting.isEmpty()) {
      return "Durability settings in force: not recorded.\n";
    }
    StringBuilder md = new StringBuilder("Durability settings in force, as the servers reported them (reads do not"
        + " depend on them; the `-sliding` targets write on every request):\n\n");
    bySetting.forEach((setting, targets) -> md.append("- ").append(String.join(", ", targets)).append(": `")
        .append(setting).append("`\n"));
    return md.toString();
  }

  private static String costTable(List<Sweep> sweeps, double rate) {
    MarkdownTable table = new MarkdownTable("strategy", "client, pool", "verdict", "p50 µs", "p99 µs",
        "client CPU µs/req", "generator µs/req", "app CPU µs/req", "store CPU µs/req", "app cores / 100k req/s",
        "store cores / 100k req/s", "store B/session");
    List<String> sources = new ArrayList<>();
    for (Sweep sweep : sweeps) {
      Optional<RateResult> at = sweep.rates().stream()
          .filter(r -> r.ratePerSecond() == rate && r.firstAttempt()).findFirst();
      if (at.isEmpty()) {
        continue;
      }
      RateResult r = at.get();
      CpuPerRequest cpu = r.cpuPerRequest();
      table.row(sweep.target(), sweep.summary().client(), r.verdict().text(), number(r.latency().p50()),
          number(r.latency().p99()), number(cpu.client()), number(cpu.generator()),
          cpu.app().map(Numbers::format).orElse(Numbers.MISSING), number(cpu.server()),
          number(r.coresPer100k().app()), number(r.coresPer100k().server()),
          number(sweep.summary().storeBytesPerSession()));
      // the pid differs per run; the kind of source is what the reader needs
      String source = sweep.summary().serverCpuSource().replaceAll(" \\(pid \\d+\\)", "");
      if (!source.isEmpty() && !sources.contains(source)) {
        sources.add(source);
      }
    }
    LoadSummary any = sweeps.get(0).summary();
    return "At " + Numbers.format(rate) + " requests/s offered (" + any.arrivals() + " arrivals, "
        + any.connections() + " connections, " + any.durationSeconds() + " s measured after "
        + any.warmupSeconds() + " s warm-up, on " + any.availableProcessors()
        + " cores shared by client, generator and servers):\n\n"
        + table.render()
        + "\nClient CPU is this JVM's process CPU time over the run ÷ answered requests; the generator's share is the "
        + "same figure for the `noop` control at the same rate and arrivals, and app = client − generator (what the "
        + "application pays to verify the token or drive the client library). Store CPU is the server processes' "
        + "CPU time over the run ÷ answered requests (sources: " + String.join("; ", sources) + "). Cores per 100k "
        + "requests/s = µs per request ÷ 10. These are single-run figures at one rate, without a confidence "
        + "interval; CPU per request falls as the rate rises (fixed per-second costs are shared by more requests). "
        + "Store B/session: Redis `INFO memory` used_memory difference, PostgreSQL `pg_total_relation_size` "
        + "(1 KiB payload).\n";
  }

  private static String sweepTable(List<Sweep> sweeps) {
    MarkdownTable table = new MarkdownTable("strategy", "offered /s", "achieved /s", "verdict", "p50 µs", "p99 µs",
        "timeouts", "generator floor p50 / p99 µs", "floor flag");
    for (Sweep sweep : sweeps) {
      for (RateResult r : sweep.rates()) {
        Optional<GeneratorFloor> floor = Optional.ofNullable(r.generatorFloor());
        table.row(sweep.target() + (r.firstAttempt() ? "" : " (repeat)"), Numbers.format(r.offeredPerSecond()),
            Numbers.format(r.achievedPerSecond()), r.verdict().text(), number(r.latency().p50()),
            number(r.latency().p99()), Long.toString(r.timeouts()),
            number(floor.map(GeneratorFloor::p50).orElse(null)) + " / "
                + number(floor.map(GeneratorFloor::p99).orElse(null)), r.flagged() ? "yes" : "");
      }
    }
    double fraction = sweeps.get(0).summary().floorFraction();
    return "Every rate of every sweep, with the `noop` control's response time at the same rate (the generator's own "
        + "floor, inside every figure above it). Floor flag: the floor's p99 exceeds " + Numbers.format(fraction)
        + " × the target's p50, so the target's median is not resolved from the generator's noise. Verdicts: "
        + "`saturated` from throughput, timeouts, queue growth or a rising latency trend (reasons in each "
        + "`summary.json`); a saturated rate is measured twice and the sweep stops when both are saturated; "
        + "`schedule-not-kept`: the generator itself fell behind. Timeouts stay in the percentiles, censored at the "
        + "timeout.\n\n" + table.render();
  }

  /** Draws the latency-against-offered-load plots (p50 and p99) into {@code plots/}. */
  static List<Plot> plots(Path dir) throws IOException {
    List<Sweep> sweeps = sweeps(dir);
    List<Plot> plots = new ArrayList<>();
    if (sweeps.isEmpty()) {
      return plots;
    }
    for (String percentile : List.of("p50", "p99")) {
      XYSeriesCollection data = new XYSeriesCollection();
      XYSeries floor = new XYSeries("noop (generator floor)");
      for (Sweep sweep : sweeps) {
        XYSeries series = new XYSeries(sweep.target());
        for (RateResult r : sweep.rates()) {
          if (!r.firstAttempt()) {
            continue;
          }
          Double value = PERCENTILE.get(percentile).apply(r.latency());
          if (value != null && value > 0) {
            series.add(r.offeredPerSecond(), value.doubleValue());
          }
          Double floorValue = r.generatorFloor() == null ? null
              : percentile.equals("p50") ? r.generatorFloor().p50() : r.generatorFloor().p99();
          if (floorValue != null && floorValue > 0 && floor.indexOf(r.offeredPerSecond()) < 0) {
            floor.addOrUpdate(r.offeredPerSecond(), floorValue.doubleValue());
          }
        }
        if (series.getItemCount() > 0) {
          data.addSeries(series);
        }
      }
      if (floor.getItemCount() > 0) {
        data.addSeries(floor);
      }
      if (data.getSeriesCount() == 0) {
        continue;
      }
      String title = "Latency " + percentile + " against offered load";
      JFreeChart chart = ChartFactory.createXYLineChart(title, "offered requests/s (log scale)",
          "µs from intended start (log scale)", data, PlotOrientation.VERTICAL, true, false, false);
      chart.getXYPlot().setDomainAxis(logAxis("offered requests/s (log scale)", 10));
      chart.getXYPlot().setRangeAxis(logAxis("µs from intended start (log scale)", 1));
      XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
      if (floor.getItemCount() > 0) {
        renderer.setSeriesStroke(data.getSeriesCount() - 1, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
            BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
      }
      chart.getXYPlot().setRenderer(renderer);
      Plot plot = new Plot("plots/load-" + percentile + ".svg", title,
          "Open-loop response time (" + percentile + ", from each request's intended start, Poisson arrivals) per "
              + "strategy at each offered rate of its sweep; the dashed line is the noop control, the generator's "
              + "own floor. Where a curve turns up sharply the strategy saturates this machine.");
      AtomicFiles.writeString(dir.resolve(plot.file()), ChartStyle.svg(ChartStyle.styled(chart), "load-" + percentile));
      plots.add(plot);
    }
    return plots;
  }

  /** The smallest rate every sweep measured: the rate the cost table compares at. */
  private static Optional<Double> costRate(List<Sweep> sweeps) {
    return sweeps.stream().map(s -> s.rates().stream().map(RateResult::ratePerSecond).toList())
        .reduce((a, b) -> a.stream().filter(b::contains).toList())
        .flatMap(common -> common.stream().min(Double::compare));
  }

  /** The sweeps of the run folder, read and validated by {@link ResultFolder#loads(Path)}, in folder order. */
  private static List<Sweep> sweeps(Path dir) throws IOException {
    return ResultFolder.loads(dir).stream().map(l -> new Sweep(label(l), l.summary())).toList();
  }

  /**
   * A sweep's name in tables and plots: its target, or its folder's name where that says more (the durability axis
   * sweeps one write target once per server setting, e.g. {@code postgres-sliding-fsync-on}).
   */
  static String label(ResultFolder.LoadResult load) {
    String folder = Path.of(load.folder()).getFileName().toString();
    return folder.startsWith(load.summary().target() + "-") ? folder : load.summary().target();
  }

  private static String number(Double value) {
    return value == null ? Numbers.MISSING : Numbers.format(value);
  }

  private static LogAxis logAxis(String label, double smallest) {
    LogAxis axis = new LogAxis(label);
    axis.setBase(10);
    axis.setSmallestValue(smallest);
    axis.setStandardTickUnits(NumberAxis.createStandardTickUnits());
    axis.setNumberFormatOverride(new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    return axis;
  }
}
