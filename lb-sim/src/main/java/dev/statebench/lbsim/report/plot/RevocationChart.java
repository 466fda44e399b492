package dev.statebench.lbsim.report.plot;

import dev.statebench.lbsim.metrics.PolicyResult;
import dev.statebench.results.chart.ChartStyle;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.labels.StandardXYItemLabelGenerator;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The revocation-window trade-off: one point per variant (e.g. per access-token lifetime), store lookups per second
 * against the mean and the worst time from a revocation to the first denied request (both axes logarithmic), each
 * mean point labelled with its swept value.
 */
final class RevocationChart {
  private RevocationChart() {}


  static JFreeChart of(String title, List<PolicyResult> results) {
    XYSeries mean = new XYSeries("mean time to denial", false, true);
    XYSeries worst = new XYSeries("worst case (longest check interval)", false, true);
    List<XYTextAnnotation> labels = new ArrayList<>();
    for (PolicyResult r : results) {
      double lookups = r.metrics().get("store.lookups_per_s").mean();
      if (lookups > 0) {
        double y = Math.max(1e-3, r.metrics().get("revocation.delay_mean_s").mean());
        mean.add(lookups, y);
        worst.add(lookups, Math.max(1e-3, r.metrics().get("revocation.delay_max_s").mean()));
        String variant = r.variant();
        XYTextAnnotation label = new XYTextAnnotation(variant.substring(variant.lastIndexOf('=') + 1), lookups, y);
        label.setTextAnchor(TextAnchor.BOTTOM_LEFT);
        label.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        labels.add(label);
      }
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(mean);
    data.addSeries(worst);
    JFreeChart chart = ChartStyle.styled(ChartFactory.createXYLineChart(title, "session-store lookups per second",
        "revoke → denied (s)", data, PlotOrientation.VERTICAL, true, false, false));
    XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
    renderer.setDefaultShapesVisible(true);
    renderer.setDefaultItemLabelsVisible(false);
    renderer.setDefaultItemLabelGenerator(new StandardXYItemLabelGenerator());
    chart.getXYPlot().setDomainAxis(ChartStyle.logAxis("session-store lookups per second (log scale)"));
    chart.getXYPlot().setRangeAxis(ChartStyle.logAxis("revoke → denied (s, log scale)"));
    ChartStyle.styled(chart);
    for (XYTextAnnotation label : labels) {
      chart.getXYPlot().addAnnotation(label);
    }
    return chart;
  }
}
