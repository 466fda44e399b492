package dev.statebench.lbsim.report.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;

/**
 * Renders JFreeChart charts to SVG text with JFreeSVG, deterministically: the prefix of the ids JFreeSVG gives its
 * definitions (clip paths, gradients) is fixed instead of its time-based default, and every chart uses the same
 * theme and a fixed palette, so the same results give byte-identical files.
 */
final class SvgCharts {
  static final int WIDTH = 900;
  static final int HEIGHT = 520;
  /** Colour-blind-safe palette (Okabe–Ito) followed by darker variants, cycled for many series. */
  private static final Color[] PALETTE = {
      new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7), new Color(0xE69F00),
      new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442), new Color(0x6A3D9A), new Color(0x8C510A),
      new Color(0x01665E), new Color(0xB2182B), new Color(0x4D4D4D), new Color(0x7FBC41), new Color(0x2166AC),
      new Color(0xDE77AE)};

  static {
    System.setProperty("java.awt.headless", "true");
    // draw rotated labels as SVG text, not as glyph outlines (smaller files, selectable text)
    TextUtils.setUseDrawRotatedStringWorkaround(false);
  }

  private SvgCharts() {}

  static Paint color(int series) {
    return PALETTE[series % PALETTE.length];
  }

  /** Applies the common look: white background, light grid lines, readable fonts. */
  static JFreeChart styled(JFreeChart chart) {
    StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    theme.setLargeFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(new Color(0xDDDDDD));
    theme.setRangeGridlinePaint(new Color(0xDDDDDD));
    theme.apply(chart);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    Plot plot = chart.getPlot();
    if (plot instanceof XYPlot xy && xy.getDataset() != null) {
      XYItemRenderer renderer = xy.getRenderer();
      if (renderer instanceof XYLineAndShapeRenderer lines) {
        // one SVG path per series instead of one element per segment
        lines.setDrawSeriesLineAsPath(true);
      }
      for (int s = 0; s < xy.getDataset().getSeriesCount(); s++) {
        renderer.setSeriesPaint(s, color(s));
        renderer.setSeriesStroke(s, new BasicStroke(1.6f));
      }
    }
    return chart;
  }

  /** A logarithmic axis with one tick per decade, labelled as plain numbers (0.01, 0.1, 1, 10, …). */
  static LogAxis logAxis(String label) {
    LogAxis axis = new LogAxis(label);
    axis.setBase(10);
    axis.setTickUnit(new NumberTickUnit(1));
    axis.setNumberFormatOverride(new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    return axis;
  }

  static String svg(JFreeChart chart) {
    return svg(chart, HEIGHT);
  }

  static String svg(JFreeChart chart, int height) {
    SVGGraphics2D g = new SVGGraphics2D(WIDTH, height);
    g.setDefsKeyPrefix("lbsim");
    chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, height));
    return g.getSVGDocument();
  }
}
