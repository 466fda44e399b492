package dev.statebench.lbsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import dev.statebench.lbsim.InvalidInputException;
import dev.statebench.results.units.ScenarioDuration;
import dev.statebench.results.units.ScenarioRate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A mapping in a scenario with its dotted path, and typed readers whose error messages name the key:
 * {@code sessions.arrival.rate: '-5/s' must be positive}. Every settings class reads through one of these and
 * declares its allowed keys, so a misspelt key is an error rather than a silently used default.
 */
final class SettingsNode {
  private final JsonNode node;
  private final String path;

  SettingsNode(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  String path() {
    return path;
  }

  String pathOf(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  InvalidInputException invalid(String key, String problem) {
    return new InvalidInputException(pathOf(key) + ": " + problem);
  }

  /** Refuses keys outside {@code allowed}. */
  void allowOnly(String... allowed) {
    Set<String> known = new TreeSet<>(List.of(allowed));
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new InvalidInputException(pathOf(name) + ": unknown key (allowed here: " + String.join(", ", List.of(allowed)) + ")");
      }
    }
  }

  /** This mapping without {@code key} (same path), for readers that take the rest as a mapping of their own. */
  SettingsNode without(String key) {
    if (!node.isObject() || !node.has(key)) {
      return this;
    }
    com.fasterxml.jackson.databind.node.ObjectNode copy = ((com.fasterxml.jackson.databind.node.ObjectNode) node).deepCopy();
    copy.remove(key);
    return new SettingsNode(copy, path);
  }

  /** The keys of this mapping, in file order. */
  Iterator<String> fieldNames() {
    return node.fieldNames();
  }

  boolean has(String key) {
    JsonNode value = node.get(key);
    return value != null && !value.isNull();
  }

  private JsonNode require(String key, String what) {
    if (!has(key)) {
      throw invalid(key, "missing (" + what + ")");
    }
    return node.get(key);
  }

  SettingsNode child(String key) {
    JsonNode value = require(key, "a mapping");
    if (!value.isObject()) {
      throw invalid(key, "must be a mapping of keys to values, not '" + value.asText() + "'");
    }
    return new SettingsNode(value, pathOf(key));
  }

  String text(String key, String what) {
    JsonNode value = require(key, what);
    if (!value.isValueNode()) {
      throw invalid(key, "must be " + what);
    }
    return value.asText();
  }

  String text(String key, String defaultValue, String what) {
    return has(key) ? text(key, what) : defaultValue;
  }

  long integer(String key, long defaultValue, long min) {
    if (!has(key)) {
      return defaultValue;
    }
    JsonNode value = node.get(key);
    if (!value.canConvertToLong() || !value.isIntegralNumber()) {
      throw invalid(key, "must be a whole number, not '" + value.asText() + "'");
    }
    long parsed = value.asLong();
    if (parsed < min) {
      throw invalid(key, "must be at least " + min + ", not " + parsed);
    }
    return parsed;
  }

  double number(String key, String what) {
    JsonNode value = require(key, what);
    return asNumber(key, value);
  }

  double number(String key, double defaultValue) {
    return has(key) ? asNumber(key, node.get(key)) : defaultValue;
  }

  private double asNumber(String key, JsonNode value) {
    if (!value.isNumber()) {
      throw invalid(key, "must be a number, not '" + value.asText() + "'");
    }
    double parsed = value.asDouble();
    if (!Double.isFinite(parsed)) {
      throw invalid(key, "must be a finite number");
    }
    return parsed;
  }

  /** A number, or a list of numbers with exactly {@code count} entries. */
  double[] numberOrList(String key, double defaultValue, int count) {
    double[] values = new double[count];
    if (!has(key)) {
      Arrays.fill(values, defaultValue);
      return values;
    }
    JsonNode value = node.get(key);
    if (value.isArray()) {
      if (value.size() != count) {
        throw invalid(key, "lists " + value.size() + " values but there are " + count + " backends");
      }
      for (int i = 0; i < count; i++) {
        values[i] = asNumber(key + "[" + i + "]", value.get(i));
      }
    } else {
      Arrays.fill(values, asNumber(key, value));
    }
    return values;
  }

  long durationNanos(String key, String what) {
    return Math.round(durationNanosExact(key, what));
  }

  long durationNanos(String key, long defaultValue) {
    return has(key) ? durationNanos(key, "a duration") : defaultValue;
  }

  double durationNanosExact(String key, String what) {
    return durationAt(node.get(key), pathOf(key), what);
  }

  double ratePerNano(String key) {
    return rateAt(require(key, "a rate such as 200/s"), pathOf(key));
  }

  /** Reads a duration (nanoseconds, not negative) from a scalar at {@code path}. */
  static double durationAt(JsonNode value, String path, String what) {
    if (value == null || value.isNull()) {
      throw new InvalidInputException(path + ": missing (" + what + ")");
    }
    if (!value.isValueNode()) {
      throw new InvalidInputException(path + ": must be " + what);
    }
    try {
      return ScenarioDuration.parse(value.asText()).nanos();
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(path + ": " + e.getMessage());
    }
  }

  /** Reads a positive rate (per nanosecond) from a scalar at {@code path}. */
  static double rateAt(JsonNode value, String path) {
    String text = value.asText();
    if (!value.isValueNode() || text.trim().startsWith("-")) {
      throw new InvalidInputException(path + ": '" + text + "' must be a positive rate such as 200/s");
    }
    try {
      double rate = ScenarioRate.parse(text).perSecond() / 1e9;
      if (!(rate > 0)) {
        throw new InvalidInputException(path + ": '" + text + "' must be positive");
      }
      return rate;
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(path + ": " + e.getMessage());
    }
  }

  /** The elements of a list, each with its indexed path. */
  List<JsonNode> list(String key, String what) {
    JsonNode value = require(key, what);
    if (!value.isArray()) {
      throw invalid(key, "must be a list (" + what + ")");
    }
    List<JsonNode> items = new ArrayList<>();
    value.forEach(items::add);
    return items;
  }
}
