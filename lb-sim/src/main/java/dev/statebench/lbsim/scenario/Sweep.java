package dev.statebench.lbsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.statebench.lbsim.InvalidInputException;
import dev.statebench.results.sim.SimVariant;
import dev.statebench.results.sim.VariantSetting;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands the {@code sweep} key: one or more dimensions, each a dotted key and the values it takes (with optional
 * labels for the reports), or a list of {@code set}s of several dotted keys each (with required labels), into every
 * combination, each a copy of the scenario with those values set:
 * <pre>
 * sweep:
 *   - {key: state, values: [{model: redis}, {model: jwt, algorithm: ES256}], labels: [redis, jwt-ES256]}
 *   - {key: backends.count, values: [4, 6, 8]}
 *   - labels: [local-sticky, redis-p2c]
 *     set: [{state.model: local, policies: [sticky]}, {state.model: redis, policies: ['p2c(d=2)']}]
 * </pre>
 */
final class Sweep {

  /** One combination: its label and typed settings, and the scenario tree with its values set (without {@code sweep}). */
  record Point(SimVariant variant, ObjectNode tree) {
    String label() {
      return variant.label();
    }

    SimVariant with(String label, List<VariantSetting> added) {
      List<VariantSetting> settings = new ArrayList<>(variant.settings());
      settings.addAll(added);
      return new SimVariant(join(variant.label(), label), settings);
    }
  }

  private Sweep() {}

  static List<Point> points(ObjectNode tree) {
    ObjectNode base = tree.deepCopy();
    JsonNode sweep = base.remove("sweep");
    List<Point> points = new ArrayList<>();
    points.add(new Point(SimVariant.NONE, base));
    if (sweep == null || sweep.isNull()) {
      return points;
    }
    List<JsonNode> dimensions = new ArrayList<>();
    if (sweep.isArray()) {
      sweep.forEach(dimensions::add);
    } else {
      dimensions.add(sweep);
    }
    if (dimensions.isEmpty()) {
      throw new InvalidInputException("sweep: must list at least one {key, values} dimension");
    }
    for (int d = 0; d < dimensions.size(); d++) {
      if (!dimensions.get(d).isObject()) {
        throw new InvalidInputException("sweep[" + d + "]: must be a mapping {key: dotted.key, values: [...]}");
      }
      SettingsNode dimension = new SettingsNode(dimensions.get(d), "sweep[" + d + "]");
      List<Point> next = new ArrayList<>();
      if (dimension.has("set")) {
        dimension.allowOnly("set", "labels");
        List<JsonNode> sets = dimension.list("set", "mappings of dotted keys to values");
        List<JsonNode> labels = dimension.list("labels", "one label per set");
        if (sets.isEmpty() || labels.size() != sets.size()) {
          throw dimension.invalid("labels", "needs one label per set (" + sets.size() + ")");
        }
        for (Point point : points) {
          for (int v = 0; v < sets.size(); v++) {
            if (!sets.get(v).isObject()) {
              throw dimension.invalid("set[" + v + "]", "must be a mapping of dotted keys to values");
            }
            ObjectNode copy = point.tree().deepCopy();
            String label = labels.get(v).asText();
            List<VariantSetting> settings = new ArrayList<>();
            var fields = sets.get(v).fields();
            while (fields.hasNext()) {
              var field = fields.next();
              checkKey(dimension, "set[" + v + "]", field.getKey());
              Overrides.set(copy, field.getKey(), field.getValue().deepCopy());
              settings.add(new VariantSetting(field.getKey(), label, field.getValue().deepCopy()));
            }
            next.add(new Point(point.with(label, settings), copy));
          }
        }
        points = next;
        continue;
      }
      dimension.allowOnly("key", "values", "labels");
      String key = dimension.text("key", "the dotted key to sweep, such as backends.count");
      checkKey(dimension, "key", key);
      List<JsonNode> values = dimension.list("values", "the values the key takes");
      if (values.isEmpty()) {
        throw dimension.invalid("values", "must list at least one value");
      }
      List<JsonNode> labels = dimension.has("labels") ? dimension.list("labels", "one label per value") : null;
      if (labels != null && labels.size() != values.size()) {
        throw dimension.invalid("labels", "lists " + labels.size() + " labels for " + values.size() + " values");
      }
      for (Point point : points) {
        for (int v = 0; v < values.size(); v++) {
          ObjectNode copy = point.tree().deepCopy();
          Overrides.set(copy, key, values.get(v).deepCopy());
          String text = labels != null ? labels.get(v).asText()
              : values.get(v).isValueNode() ? values.get(v).asText() : values.get(v).toString();
          next.add(new Point(point.with(key + "=" + text,
              List.of(new VariantSetting(key, text, values.get(v).deepCopy()))), copy));
        }
      }
      points = next;
    }
    return points;
  }

  private static String join(String before, String label) {
    return before.isEmpty() ? label : before + ", " + label;
  }

  private static void checkKey(SettingsNode dimension, String where, String key) {
    if (key.equals("sweep") || key.startsWith("sweep.") || key.equals("name")) {
      throw dimension.invalid(where, "cannot sweep '" + key + "'");
    }
  }
}
