package dev.statebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.AtomicFiles;
import dev.statebench.results.chart.ChartStyle;
import dev.statebench.results.format.Numbers;
import java.awt.BasicStroke;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
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
 */
final class LoadCostSection {
  static final String TITLE = "## CPU per request and latency under load";
  private static final String FOLDER = "load";

  private LoadCostSection() {}

  /** One target's sweep. */
  private record Sweep(String target, JsonNode summary) {
    List<JsonNode> rates() {
      List<JsonNode> rates = new ArrayList<>();
      summary.path("rates").forEach(rates::add);
      return rates;
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
      JsonNode inForce = sweep.summary().path("durability");
      List<String> parts = new ArrayList<>();
      inForce.fields().forEachRemaining(server -> {
        List<String> settings = new ArrayList<>();
        server.getValue().fields().forEachRemaining(f -> settings.add(f.getKey() + "=" + f.getValue().asText()));
        parts.add(server.getKey() + " " + String.join(", ", settings));
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
      Optional<JsonNode> at = sweep.rates().stream()
          .filter(r -> r.path("rate_per_s").asDouble() == rate && r.path("attempt").asInt() == 1).findFirst();
      if (at.isEmpty()) {
        continue;
      }
      JsonNode r = at.get();
      JsonNode cpu = r.path("cpu_us_per_request");
      JsonNode cores = r.path("cores_per_100k_per_s");
      double app = cpu.path("client").isNumber() && cpu.path("generator").isNumber()
          ? Math.max(0, cpu.path("client").asDouble() - cpu.path("generator").asDouble()) : Double.NaN;
      table.row(sweep.target(), sweep.summary().path("client").asText(Numbers.MISSING), r.path("verdict").asText(),
          number(r.path("latency_us").path("p50")), number(r.path("latency_us").path("p99")),
          number(cpu.path("client")), number(cpu.path("generator")), Numbers.format(app), number(cpu.path("server")),
          number(cores.path("app")), number(cores.path("server")),
          number(sweep.summary().path("store_bytes_per_session")));
      // the pid differs per run; the kind of source is what the reader needs
      String source = sweep.summary().path("server_cpu_source").asText("").replaceAll(" \\(pid \\d+\\)", "");
      if (!source.isEmpty() && !sources.contains(source)) {
        sources.add(source);
      }
    }
    JsonNode any = sweeps.get(0).summary();
    return "At " + Numbers.format(rate) + " requests/s offered (" + any.path("arrivals").asText("?") + " arrivals, "
        + any.path("connections").asText("?") + " connections, " + any.path("duration_s").asText("?")
        + " s measured after " + any.path("warmup_s").asText("?") + " s warm-up, on "
        + any.path("available_processors").asText("?") + " cores shared by client, generator and servers):\n\n"
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
      for (JsonNode r : sweep.rates()) {
        JsonNode floor = r.path("generator_floor_us");
        table.row(sweep.target() + (r.path("attempt").asInt() > 1 ? " (repeat)" : ""),
            number(r.path("offered_per_s")), number(r.path("achieved_per_s")), r.path("verdict").asText(),
            number(r.path("latency_us").path("p50")), number(r.path("latency_us").path("p99")),
            r.path("timeouts").asText(), number(floor.path("p50")) + " / " + number(floor.path("p99")),
            r.path("floor_flag").asBoolean() ? "yes" : "");
      }
    }
    double fraction = sweeps.get(0).summary().path("floor_fraction").asDouble(Double.NaN);
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
        for (JsonNode r : sweep.rates()) {
          JsonNode value = r.path("latency_us").path(percentile);
          if (r.path("attempt").asInt() == 1 && value.isNumber() && value.asDouble() > 0) {
            series.add(r.path("offered_per_s").asDouble(), value.asDouble());
          }
          JsonNode floorValue = r.path("generator_floor_us").path(percentile);
          if (r.path("attempt").asInt() == 1 && floorValue.isNumber() && floorValue.asDouble() > 0
              && floor.indexOf(r.path("offered_per_s").asDouble()) < 0) {
            floor.addOrUpdate(r.path("offered_per_s").asDouble(), floorValue.asDouble());
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
    return sweeps.stream().map(s -> s.rates().stream().map(r -> r.path("rate_per_s").asDouble()).toList())
        .reduce((a, b) -> a.stream().filter(b::contains).toList())
        .flatMap(common -> common.stream().min(Double::compare));
  }

  private static List<Sweep> sweeps(Path dir) throws IOException {
    Path load = dir.resolve(FOLDER);
    if (!Files.isDirectory(load)) {
      return List.of();
    }
    List<Sweep> sweeps = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> targets = Files.list(load)) {
      for (Path target : targets.filter(Files::isDirectory).sorted().toList()) {
        Path summary = target.resolve("summary.json");
        if (Files.isRegularFile(summary)) {
          sweeps.add(new Sweep(target.getFileName().toString(), json.readTree(summary.toFile())));
        }
      }
    }
    return sweeps;
  }

  private static String number(JsonNode value) {
    return value.isNumber() ? Numbers.format(value.asDouble()) : Numbers.MISSING;
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
