package dev.statebench.lbsim.report.plot;

import dev.statebench.lbsim.engine.ScheduledEvent;
import dev.statebench.lbsim.metrics.PolicyResult;
import dev.statebench.lbsim.metrics.TimeSeries;
import dev.statebench.results.chart.ChartStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.function.IntFunction;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Per-backend load over time for one policy, in two panels sharing the time axis: requests routed to each backend
 * per second (where the policy sends work; login requests of the login storm as a dashed black line when there are
 * any) and each backend's time-averaged outstanding requests (where work piles up: a slow backend's queue shows here
 * even when round-robin gives it its exact share). Means over replications, per report window, with a vertical
 * marker at every fleet event.
 */
final class LoadOverTimeChart {
  static final int HEIGHT = 720;

  private LoadOverTimeChart() {}

  static JFreeChart of(String scenario, PolicyResult result, List<ScheduledEvent> events) {
    TimeSeries series = result.timeSeries();
    double window = series.windowNanos() / 1e9;
    int backends = series.windows() == 0 ? 0 : series.requests(series.windows() - 1).length;
    XYSeriesCollection requests = perBackend(series, backends, w -> scaled(series.requests(w), 1 / window));
    XYSeries logins = new XYSeries("logins (fleet)", false, false);
    double loginTotal = 0;
    for (int w = 0; w < series.windows(); w++) {
      logins.add((w + 0.5) * window, series.logins(w) / window);
      loginTotal += series.logins(w);
    }
    if (loginTotal > 0) {
      requests.addSeries(logins);
    }
    XYSeriesCollection outstanding = perBackend(series, backends, series::outstanding);

    NumberAxis time = new NumberAxis("simulated time (s)");
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(time);
    plot.setGap(12);
    XYPlot top = panel(requests, "requests per second");
    XYPlot bottom = panel(outstanding, "outstanding requests");
    plot.add(top, 3);
    plot.add(bottom, 2);
    String last = "";
    for (ScheduledEvent event : events) {
      boolean labelled = !event.kind().equals(last);
      top.addDomainMarker(marker(event, labelled));
      bottom.addDomainMarker(marker(event, false));
      last = event.kind();
    }
    JFreeChart chart = new JFreeChart(scenario + ": load per backend — " + result.label(),
        new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, backends <= 24 || loginTotal > 0);
    ChartStyle.styled(chart);
    // the theme resets series paints: colour the panels after it, the same backend in the same colour in both
    colour(top, true, loginTotal > 0);
    colour(bottom, false, false);
    return chart;
  }

  private static XYPlot panel(XYSeriesCollection data, String label) {
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setDrawSeriesLineAsPath(true);
    return new XYPlot(data, null, new NumberAxis(label), renderer);
  }

  private static void colour(XYPlot plot, boolean inLegend, boolean loginsLast) {
    XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
    int count = plot.getDataset().getSeriesCount();
    for (int s = 0; s < count; s++) {
      renderer.setSeriesPaint(s, ChartStyle.color(s));
      renderer.setSeriesStroke(s, new BasicStroke(1.6f));
      renderer.setSeriesVisibleInLegend(s, inLegend);
    }
    if (loginsLast) {
      renderer.setSeriesPaint(count - 1, Color.BLACK);
      renderer.setSeriesStroke(count - 1, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
          new float[] {6f, 4f}, 0f));
    }
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(new Color(0xDDDDDD));
    plot.setRangeGridlinePaint(new Color(0xDDDDDD));
  }

  private static XYSeriesCollection perBackend(TimeSeries series, int backends, IntFunction<double[]> values) {
    double window = series.windowNanos() / 1e9;
    XYSeriesCollection data = new XYSeriesCollection();
    for (int b = 0; b < backends; b++) {
      XYSeries line = new XYSeries("backend-" + b, false, false);
      for (int w = 0; w < series.windows(); w++) {
        double[] v = values.apply(w);
        if (b < v.length) {
          line.add((w + 0.5) * window, v[b]);
        }
      }
      data.addSeries(line);
    }
    return data;
  }

  private static double[] scaled(double[] values, double factor) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i] * factor;
    }
    return out;
  }

  private static ValueMarker marker(ScheduledEvent event, boolean labelled) {
    ValueMarker marker = new ValueMarker(event.timeNanos() / 1e9, new Color(0x888888), new BasicStroke(1f));
    if (labelled) {
      marker.setLabel(event.kind());
      marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
      marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    }
    return marker;
  }
}
