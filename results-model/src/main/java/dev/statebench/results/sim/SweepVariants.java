package dev.statebench.results.sim;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statebench.results.ResultsFormatException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Expands a scenario's sweep into its variants, each with typed settings and the display label the simulator gives
 * it: dimensions combine in order (the last varies fastest); a keyed dimension labels its value {@code key=label}
 * (the value's own text without labels), a set dimension uses the set's label; labels join with {@code ", "}.
 *
 * <p>Format 1 result files carry only the display label; the reader matches it against the labels expanded here,
 * as whole strings, to recover the typed settings.
 */
public final class SweepVariants {
  private SweepVariants() {}

  public static List<SimVariant> expand(List<ScenarioEcho.SweepDimension> sweep) {
    List<SimVariant> points = new ArrayList<>(List.of(SimVariant.NONE));
    for (int d = 0; d < sweep.size(); d++) {
      ScenarioEcho.SweepDimension dimension = sweep.get(d);
      List<SimVariant> next = new ArrayList<>();
      for (SimVariant point : points) {
        if (dimension.set() != null) {
          requireLabels(dimension, d, dimension.set().size());
          for (int v = 0; v < dimension.set().size(); v++) {
            List<VariantSetting> settings = new ArrayList<>(point.settings());
            String label = dimension.labels().get(v);
            for (Iterator<Map.Entry<String, JsonNode>> it = dimension.set().get(v).fields(); it.hasNext(); ) {
              Map.Entry<String, JsonNode> field = it.next();
              settings.add(new VariantSetting(field.getKey(), label, field.getValue()));
            }
            next.add(new SimVariant(join(point.label(), label), settings));
          }
        } else {
          if (dimension.key() == null || dimension.values() == null) {
            throw new ResultsFormatException("sweep[" + d + "] has neither key/values nor set");
          }
          if (dimension.labels() != null) {
            requireLabels(dimension, d, dimension.values().size());
          }
          for (int v = 0; v < dimension.values().size(); v++) {
            JsonNode value = dimension.values().get(v);
            String text = dimension.labels() != null ? dimension.labels().get(v)
                : value.isValueNode() ? value.asText() : value.toString();
            List<VariantSetting> settings = new ArrayList<>(point.settings());
            settings.add(new VariantSetting(dimension.key(), text, value));
            next.add(new SimVariant(join(point.label(), dimension.key() + "=" + text), settings));
          }
        }
      }
      points = next;
    }
    return List.copyOf(points);
  }

  private static void requireLabels(ScenarioEcho.SweepDimension dimension, int d, int count) {
    if (dimension.labels() == null || dimension.labels().size() != count) {
      throw new ResultsFormatException("sweep[" + d + "] needs one label per value (" + count + ")");
    }
  }

  private static String join(String before, String label) {
    return before.isEmpty() ? label : before + ", " + label;
  }
}
