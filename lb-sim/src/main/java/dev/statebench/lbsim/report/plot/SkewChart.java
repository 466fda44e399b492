package dev.statebench.lbsim.report.plot;

import dev.statebench.lbsim.metrics.Estimate;
import dev.statebench.lbsim.metrics.PolicyResult;
import dev.statebench.results.chart.ChartStyle;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Load skew per policy: max/mean of requests per backend and of time-averaged outstanding requests (1 = perfectly
 * even), each bar with its 95% confidence interval across replications as the error bar; horizontal bars, so long
 * policy and variant labels stay readable.
 */
final class SkewChart {
  private SkewChart() {}

  static JFreeChart of(String title, List<PolicyResult> results) {
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    for (PolicyResult result : results) {
      add(data, result.metrics().get("skew.requests.max_over_mean"), "requests", result.label());
      add(data, result.metrics().get("skew.outstanding.max_over_mean"), "outstanding (time-averaged)", result.label());
    }
    JFreeChart chart = ChartFactory.createBarChart(title, null, "max / mean over backends (error bar: 95% CI)",
        data, PlotOrientation.HORIZONTAL, true, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    StatisticalBarRenderer renderer = new StatisticalBarRenderer();
    renderer.setErrorIndicatorPaint(java.awt.Color.BLACK);
    plot.setRenderer(renderer);
    ChartStyle.styled(chart);
    renderer.setSeriesPaint(0, ChartStyle.color(0));
    renderer.setSeriesPaint(1, ChartStyle.color(1));
    renderer.setShadowVisible(false);
    renderer.setDrawBarOutline(false);
    renderer.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
    CategoryAxis axis = plot.getDomainAxis();
    axis.setMaximumCategoryLabelWidthRatio(0.45f);
    axis.setMaximumCategoryLabelLines(2);
    return chart;
  }

  /** A height that gives every policy's pair of bars room. */
  static int height(List<PolicyResult> results) {
    return Math.max(ChartStyle.HEIGHT, 140 + 34 * results.size());
  }

  private static void add(DefaultStatisticalCategoryDataset data, Estimate e, String row, String column) {
    data.add(e.mean(), Double.isNaN(e.ci95()) ? 0 : e.ci95(), row, column);
  }
}
