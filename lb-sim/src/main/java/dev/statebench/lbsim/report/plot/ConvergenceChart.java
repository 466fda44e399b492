package dev.statebench.lbsim.report.plot;

import dev.statebench.lbsim.metrics.PolicyResult;
import dev.statebench.lbsim.metrics.ScaleOut;
import dev.statebench.results.chart.ChartStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The scale-out convergence curve: per policy, the old backends' overload (mean requests per old backend over mean
 * per backend, {@link ScaleOut#overload}) in each window after the scale-out, against the time since it; a
 * horizontal line marks the 1.1 threshold at which the new backends count as carrying their share.
 */
final class ConvergenceChart {
  private ConvergenceChart() {}

  static JFreeChart of(String title, List<PolicyResult> results, long addNanos, int firstNew) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (PolicyResult result : results) {
      XYSeries line = new XYSeries(result.label(), false, false);
      long window = result.timeSeries().windowNanos();
      for (int w = (int) (addNanos / window) + 1; w < result.timeSeries().windows(); w++) {
        double ratio = ScaleOut.overload(result.timeSeries(), w, firstNew);
        if (!Double.isNaN(ratio)) {
          line.add(((w + 1) * window - addNanos) / 1e9, ratio);
        }
      }
      data.addSeries(line);
    }
    JFreeChart chart = ChartStyle.styled(ChartFactory.createXYLineChart(title, "time since scale-out (s)",
        "old backends' load / mean load", data, PlotOrientation.VERTICAL, true, false, false));
    ValueMarker threshold = new ValueMarker(ScaleOut.THRESHOLD, Color.GRAY, new BasicStroke(1f, BasicStroke.CAP_BUTT,
        BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
    threshold.setLabel("converged below 1.1");
    threshold.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    threshold.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
    chart.getXYPlot().addRangeMarker(threshold);
    return chart;
  }
}
