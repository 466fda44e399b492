package dev.statebench.report;

import dev.statebench.AtomicFiles;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.svg.SVGGraphics2D;

/** Draws JFreeChart charts as SVG documents (JFreeSVG) in one house style, written atomically. */
final class SvgCharts {
  static final int WIDTH = 760;
  static final int HEIGHT = 380;

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private SvgCharts() {}

  static void write(JFreeChart chart, Path file) throws IOException {
    StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    theme.setLargeFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    theme.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    theme.apply(chart);
    SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, HEIGHT);
    chart.draw(graphics, new Rectangle(0, 0, WIDTH, HEIGHT));
    AtomicFiles.writeString(file, graphics.getSVGDocument().strip() + "\n");
  }
}
