package dev.statebench.fleet.scenario;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statebench.results.sim.SimVariant;
import dev.statebench.results.sim.VariantSetting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands a scenario's {@code sweep} into one tree per combination, as the simulator does: a dimension is
 * {@code {key: dotted.key, values: […], labels: […]}} or {@code {set: [{dotted.key: value, …}, …], labels: […]}};
 * dimensions multiply; a variant's label joins its dimensions' labels with {@code ", "} ({@code key=value} when a
 * dimension has no labels).
 */
final class SweepExpansion {
  /**
   * One combination: its label, its tree (the scenario with the sweep's values set) and its swept settings, one per
   * key a dimension sets, labelled with the dimension's label (as the simulator's typed variants are).
   */
  record Point(String label, Map<String, Object> tree, List<VariantSetting> settings) {
    SimVariant variant() {
      return settings.isEmpty() ? SimVariant.NONE : new SimVariant(label, settings);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private SweepExpansion() {}

  static List<Point> expand(Map<String, Object> scenario) {
    Object sweep = scenario.get("sweep");
    Map<String, Object> base = new LinkedHashMap<>(scenario);
    base.remove("sweep");
    List<Point> points = new ArrayList<>(List.of(new Point("", base, List.of())));
    if (sweep == null) {
      return points;
    }
    if (!(sweep instanceof List<?> dimensions)) {
      throw new ScenarioException("sweep: expected a list of dimensions");
    }
    for (Object dimension : dimensions) {
      List<Map<String, Object>> settings = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      readDimension(dimension, settings, labels);
      List<Point> next = new ArrayList<>();
      for (Point point : points) {
        for (int i = 0; i < settings.size(); i++) {
          Map<String, Object> tree = deepCopy(point.tree());
          List<VariantSetting> swept = new ArrayList<>(point.settings());
          String dimensionLabel = labels.get(i);
          settings.get(i).forEach((key, value) -> {
            set(tree, key, value);
            swept.add(new VariantSetting(key, dimensionLabel, JSON.valueToTree(value)));
          });
          String label = point.label().isEmpty() ? labels.get(i) : point.label() + ", " + labels.get(i);
          next.add(new Point(label, tree, List.copyOf(swept)));
        }
      }
      points = next;
    }
    return points;
  }

  @SuppressWarnings("unchecked")
  private static void readDimension(Object dimension, List<Map<String, Object>> settings, List<String> labels) {
    if (!(dimension instanceof Map<?, ?> map)) {
      throw new ScenarioException("sweep: each dimension is {key, values} or {set, labels}");
    }
    List<Object> given = map.get("labels") instanceof List<?> l ? (List<Object>) l : null;
    if (map.get("set") instanceof List<?> sets) {
      if (given == null || given.size() != sets.size()) {
        throw new ScenarioException("sweep: a 'set' dimension needs one label per entry");
      }
      for (int i = 0; i < sets.size(); i++) {
        if (!(sets.get(i) instanceof Map<?, ?> entry)) {
          throw new ScenarioException("sweep.set: each entry is a map of dotted keys to values");
        }
        settings.add((Map<String, Object>) entry);
        labels.add(String.valueOf(given.get(i)));
      }
    } else if (map.get("key") != null && map.get("values") instanceof List<?> values) {
      String key = String.valueOf(map.get("key"));
      for (int i = 0; i < values.size(); i++) {
        settings.add(Map.of(key, values.get(i)));
        labels.add(given != null && i < given.size() ? String.valueOf(given.get(i)) : key + "=" + values.get(i));
      }
    } else {
      throw new ScenarioException("sweep: each dimension is {key, values} or {set, labels}");
    }
  }

  @SuppressWarnings("unchecked")
  private static void set(Map<String, Object> tree, String dotted, Object value) {
    String[] parts = dotted.split("\\.");
    Map<String, Object> node = tree;
    for (int i = 0; i < parts.length - 1; i++) {
      Object child = node.get(parts[i]);
      if (!(child instanceof Map<?, ?>)) {
        child = new LinkedHashMap<String, Object>();
        node.put(parts[i], child);
      }
      node = (Map<String, Object>) child;
    }
    node.put(parts[parts.length - 1], value);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> deepCopy(Map<String, Object> tree) {
    Map<String, Object> copy = new LinkedHashMap<>();
    tree.forEach((k, v) -> copy.put(k, v instanceof Map<?, ?> m ? deepCopy((Map<String, Object>) m) : v));
    return copy;
  }
}
