package dev.statebench.lbsim.report.plot;

import dev.statebench.lbsim.engine.ScheduledEvent;
import dev.statebench.lbsim.metrics.PolicyResult;
import dev.statebench.lbsim.metrics.TimeSeries;
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
 * Per-backend load over time for one policy: requests routed to each backend per second in each report window
 * (mean over replications), with a vertical marker at every fleet event, so the effect of a kill, a scale-out or a
 * deploy step on every backend is visible; login requests per second (the login storm) as a dashed black line when
 * there are any.
 */
final class LoadOverTimeChart {
  private LoadOverTimeChart() {}

  static JFreeChart of(String scenario, PolicyResult result, List<ScheduledEvent> events) {
    TimeSeries series = result.timeSeries();
    double window = series.windowNanos() / 1e9;
    XYSeriesCollection data = new XYSeriesCollection();
    int backends = series.windows() == 0 ? 0 : series.requests(series.windows() - 1).length;
    for (int b = 0; b < backends; b++) {
      XYSeries line = new XYSeries("backend-" + b, false, false);
      for (int w = 0; w < series.windows(); w++) {
        double[] requests = series.requests(w);
        if (b < requests.length) {
          line.add((w + 0.5) * window, requests[b] / window);
        }
      }
      data.addSeries(line);
    }
    XYSeries logins = new XYSeries("logins (fleet)", false, false);
    double loginTotal = 0;
    for (int w = 0; w < series.windows(); w++) {
      logins.add((w + 0.5) * window, series.logins(w) / window);
      loginTotal += series.logins(w);
    }
    if (loginTotal > 0) {
      data.addSeries(logins);
    }
    JFreeChart chart = SvgCharts.styled(ChartFactory.createXYLineChart(
        scenario + ": load per backend — " + result.label(), "simulated time (s)", "requests per second",
        data, PlotOrientation.VERTICAL, backends <= 24 || loginTotal > 0, false, false));
    if (loginTotal > 0) {
      int s = data.getSeriesCount() - 1;
      chart.getXYPlot().getRenderer().setSeriesPaint(s, Color.BLACK);
      chart.getXYPlot().getRenderer().setSeriesStroke(s, new BasicStroke(2f, BasicStroke.CAP_BUTT,
          BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    }
    String last = "";
    for (ScheduledEvent event : events) {
      ValueMarker marker = new ValueMarker(event.timeNanos() / 1e9, new Color(0x888888), new BasicStroke(1f));
      if (!event.kind().equals(last)) {
        marker.setLabel(event.kind());
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      }
      last = event.kind();
      chart.getXYPlot().addDomainMarker(marker);
    }
    return chart;
  }
}
