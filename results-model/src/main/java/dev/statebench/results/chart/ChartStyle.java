package dev.statebench.results.chart;

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
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.text.TextUtils;
import org.jfree.svg.SVGGraphics2D;

/**
 * The one look of every statebench chart (benchmarks' report plots and the simulator's), rendered to SVG with
 * JFreeSVG deterministically: the prefix of the ids JFreeSVG gives its definitions (clip paths, gradients) is fixed
 * instead of its time-based default, and series colours come from one fixed palette, so the same results give
 * byte-identical files.
 */
public final class ChartStyle {
  public static final int WIDTH = 900;
  public static final int HEIGHT = 520;
  /**
   * Colour-blind-safe palette (Okabe and Ito, "Color Universal Design", https://jfly.uni-koeln.de/color/) followed by
   * darker variants, cycled for many series.
   */
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

  private ChartStyle() {}

  /** The colour of series {@code series}. */
  public static Paint color(int series) {
    return PALETTE[series % PALETTE.length];
  }

  /** Applies the common look: white background, light grid lines, readable fonts, palette colours. */
  public static JFreeChart styled(JFreeChart chart) {
    StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    theme.setLargeFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setChartBackgroundPaint(Color.WHITE);
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
    } else if (plot instanceof CategoryPlot category && category.getDataset() != null) {
      CategoryItemRenderer renderer = category.getRenderer();
      for (int s = 0; s < category.getDataset().getRowCount(); s++) {
        renderer.setSeriesPaint(s, color(s));
      }
    }
    return chart;
  }

  /** A logarithmic axis with one tick per decade, labelled as plain numbers (0.01, 0.1, 1, 10, …). */
  public static LogAxis logAxis(String label) {
    LogAxis axis = new LogAxis(label);
    axis.setBase(10);
    axis.setTickUnit(new NumberTickUnit(1));
    axis.setNumberFormatOverride(new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT)));
    return axis;
  }

  /**
   * The chart as an SVG document of the default size.
   *
   * @param idPrefix prefix of the SVG definition ids, fixed per producer so documents are reproducible and two
   *     charts inlined in one page do not share ids
   */
  public static String svg(JFreeChart chart, String idPrefix) {
    return svg(chart, idPrefix, WIDTH, HEIGHT);
  }

  /** The chart as an SVG document of the given size, with definition ids prefixed by {@code idPrefix}. */
  public static String svg(JFreeChart chart, String idPrefix, int width, int height) {
    SVGGraphics2D g = new SVGGraphics2D(width, height);
    g.setDefsKeyPrefix(idPrefix);
    chart.draw(g, new Rectangle2D.Double(0, 0, width, height));
    return g.getSVGDocument().strip() + "\n";
  }
}
