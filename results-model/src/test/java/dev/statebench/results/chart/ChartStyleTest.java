package dev.statebench.results.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

class ChartStyleTest {
  private static JFreeChart chart() {
    XYSeries series = new XYSeries("p99");
    series.add(1, 2);
    series.add(2, 5);
    return ChartStyle.styled(ChartFactory.createXYLineChart("t", "x", "y", new XYSeriesCollection(series)));
  }

  @Test
  void sameChartTwice_givesByteIdenticalSvgWithTheGivenIdPrefix() {
    String first = ChartStyle.svg(chart(), "report");
    String second = ChartStyle.svg(chart(), "report");

    assertThat(first).isEqualTo(second);
    assertThat(first).contains("id='reportclip-0'");
  }

  @Test
  void seriesColours_comeFromThePalette() {
    assertThat(chart().getXYPlot().getRenderer().getSeriesPaint(0)).isEqualTo(ChartStyle.color(0));
    assertThat(ChartStyle.color(0)).isNotEqualTo(ChartStyle.color(1));
  }
}
