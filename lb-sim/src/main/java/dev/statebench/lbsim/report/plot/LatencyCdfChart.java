package dev.statebench.lbsim.report.plot;

import dev.statebench.lbsim.metrics.PolicyResult;
import dev.statebench.results.chart.ChartStyle;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Latency (time in system) CDFs, one line per policy: the fraction of requests completed within x milliseconds,
 * from the HdrHistograms of all replications merged; the latency axis is logarithmic so the body and the tail are
 * both readable.
 */
final class LatencyCdfChart {
  private static final int POINTS = 400;

  private LatencyCdfChart() {}

  static JFreeChart of(String title, List<PolicyResult> results) {
    XYSeriesCollection data = new XYSeriesCollection();
    for (PolicyResult result : results) {
      Histogram h = result.latency();
      XYSeries line = new XYSeries(result.label(), true, false);
      if (h.getTotalCount() > 0) {
        for (int i = 0; i <= POINTS; i++) {
          // from the 1st percentile up to 99.999%, spaced evenly in log(1 - p): dense in the tail
          double p = 100 * (1 - 0.99 * Math.pow(10, -5.0 * i / POINTS));
          double ms = Math.max(1, h.getValueAtPercentile(p)) / 1e6;
          line.addOrUpdate(ms, p / 100);
        }
      }
      data.addSeries(line);
    }
    JFreeChart chart = ChartStyle.styled(ChartFactory.createXYLineChart(title, "latency (ms, log scale)",
        "fraction of requests", data, PlotOrientation.VERTICAL, true, false, false));
    LogAxis axis = ChartStyle.logAxis("latency (ms, log scale)");
    chart.getXYPlot().setDomainAxis(axis);
    NumberAxis range = (NumberAxis) chart.getXYPlot().getRangeAxis();
    range.setRange(0, 1.0);
    return ChartStyle.styled(chart);
  }
}
