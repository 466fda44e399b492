package dev.statebench.lbsim.report.plot;

import dev.statebench.lbsim.engine.ScheduledEvent;
import dev.statebench.lbsim.experiment.ExperimentResult;
import dev.statebench.lbsim.metrics.PolicyResult;
import dev.statebench.lbsim.scenario.Scenario;
import dev.statebench.results.chart.ChartStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * Chooses the plots a scenario's results call for and renders them to SVG, keyed by file name:
 * <ul>
 *   <li>{@code NAME-latency-cdf.svg}: latency CDFs per policy (one file per group of variants when there are many
 *       lines, {@code NAME-latency-cdf-GROUP.svg});
 *   <li>{@code NAME-skew.svg}: load skew bars per policy;
 *   <li>{@code NAME-load-LABEL.svg}: per-backend load over time, per policy, when the scenario has fleet events;
 *   <li>{@code NAME-convergence.svg}: the scale-out convergence curve, when a scale-out happens;
 *   <li>{@code NAME-revocation.svg}: the revocation-window trade-off, when two or more variants consult a store and
 *       one of them refreshes access tokens.
 * </ul>
 */
public final class PlotWriter {
  private static final int MAX_LINES = 8;
  /** Prefix of the SVG definition ids in the simulator's charts (the report's own charts use another). */
  private static final String SVG_ID_PREFIX = "lbsim";

  private PlotWriter() {}

  /** The SVG documents, in a fixed order, keyed by file name. */
  public static Map<String, String> render(ExperimentResult result) {
    Scenario scenario = result.scenario();
    String name = scenario.name();
    List<PolicyResult> all = result.policies();
    Map<String, String> files = new LinkedHashMap<>();
    if (all.size() > MAX_LINES && scenario.variants().size() > 1) {
      Map<String, List<PolicyResult>> groups = new LinkedHashMap<>();
      for (PolicyResult p : all) {
        groups.computeIfAbsent(cdfGroup(p.variant()), k -> new ArrayList<>()).add(p);
      }
      for (Map.Entry<String, List<PolicyResult>> group : groups.entrySet()) {
        files.put(name + "-latency-cdf-" + slug(group.getKey()) + ".svg", svg(
            LatencyCdfChart.of(name + ": latency CDF — " + group.getKey(), group.getValue())));
      }
    } else {
      files.put(name + "-latency-cdf.svg", svg(LatencyCdfChart.of(name + ": latency CDF", all)));
    }
    files.put(name + "-skew.svg", svg(SkewChart.of(name + ": load skew per policy", all),
        SkewChart.height(all)));
    for (PolicyResult p : all) {
      List<ScheduledEvent> events = variantOf(scenario, p).config().events();
      if (!events.isEmpty() && p.timeSeries() != null) {
        files.put(name + "-load-" + slug(p.label()) + ".svg", svg(LoadOverTimeChart.of(name, p, events),
            LoadOverTimeChart.HEIGHT));
      }
    }
    List<PolicyResult> scaled = all.stream().filter(p -> p.metrics().containsKey("scaleout.convergence_s")
        && p.timeSeries() != null).toList();
    if (!scaled.isEmpty()) {
      Scenario.Variant variant = variantOf(scenario, scaled.get(0));
      ScheduledEvent add = variant.config().events().stream().filter(e -> e.event().scalesOut()).findFirst()
          .orElseThrow();
      files.put(name + "-convergence.svg", svg(ConvergenceChart.of(
          name + ": scale-out convergence", scaled, add.timeNanos(), variant.config().backends().size())));
    }
    List<PolicyResult> revocation = all.stream()
        .filter(p -> p.metrics().containsKey("revocation.delay_mean_s")).toList();
    boolean refreshing = revocation.stream().anyMatch(p -> variantOf(scenario, p).config().state().accessTtlNanos() > 0);
    if (revocation.size() >= 2 && refreshing) {
      files.put(name + "-revocation.svg", svg(RevocationChart.of(
          name + ": revocation window vs store load", revocation)));
    }
    return files;
  }

  /**
   * Results whose variants differ only in the last swept dimension share a CDF chart (a sweep over backends.count
   * gives one chart per state model); with a single dimension each variant has its own.
   */
  private static String cdfGroup(String variant) {
    int last = variant.lastIndexOf(", ");
    return last < 0 ? variant : variant.substring(0, last);
  }

  private static Scenario.Variant variantOf(Scenario scenario, PolicyResult result) {
    return scenario.variants().stream().filter(v -> v.label().equals(result.variant())).findFirst().orElseThrow();
  }

  /** A file-name-safe form of a label: lower case, runs of other characters as one dash. */
  static String slug(String label) {
    String slug = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]+", "-").replaceAll("^-|-$", "");
    return slug.isEmpty() ? "all" : slug;
  }

  /** The chart in the shared statebench look, with the simulator's fixed SVG id prefix. */
  private static String svg(JFreeChart chart) {
    return ChartStyle.svg(chart, SVG_ID_PREFIX);
  }

  private static String svg(JFreeChart chart, int height) {
    return ChartStyle.svg(chart, SVG_ID_PREFIX, ChartStyle.WIDTH, height);
  }
}
