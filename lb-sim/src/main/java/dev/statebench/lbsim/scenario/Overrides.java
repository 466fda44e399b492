package dev.statebench.lbsim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.statebench.lbsim.InvalidInputException;
import java.util.Arrays;

/**
 * Applies {@code --set key=value} overrides to a scenario tree: the key is a dotted path ({@code backends.count},
 * {@code policies.0} for a list element), the value is parsed as YAML ({@code 100}, {@code 5ms},
 * {@code [p2c(d=2), random]}, {@code {dist: fixed, mean: 1}}). Missing intermediate mappings are created.
 */
public final class Overrides {
  private static final YAMLMapper YAML = new YAMLMapper();

  private Overrides() {}

  public static void apply(ObjectNode root, String assignment) {
    int eq = assignment.indexOf('=');
    if (eq <= 0) {
      throw new InvalidInputException("--set " + assignment + ": expected key=value with a dotted key");
    }
    String path = assignment.substring(0, eq).trim();
    set(root, path, parseValue(path, assignment.substring(eq + 1)));
  }

  /** Sets the value at a dotted path, creating missing intermediate mappings. */
  static void set(ObjectNode root, String path, JsonNode value) {
    String[] segments = path.split("\\.", -1);
    JsonNode current = root;
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      if (segment.isEmpty()) {
        throw new InvalidInputException("--set " + path + ": empty key segment");
      }
      boolean last = i == segments.length - 1;
      String prefix = String.join(".", Arrays.copyOf(segments, i + 1));
      if (current instanceof ObjectNode object) {
        if (last) {
          object.set(segment, value);
        } else {
          JsonNode next = object.get(segment);
          if (next == null || next.isNull()) {
            next = object.putObject(segment);
          }
          current = next;
        }
      } else if (current instanceof ArrayNode array) {
        int index = parseIndex(path, prefix, segment, array.size());
        if (last) {
          array.set(index, value);
        } else {
          current = array.get(index);
        }
      } else {
        throw new InvalidInputException("--set " + path + ": '" + prefix.substring(0, Math.max(0, prefix.lastIndexOf('.')))
            + "' is a value, not a mapping or list");
      }
    }
  }

  private static int parseIndex(String path, String prefix, String segment, int size) {
    try {
      int index = Integer.parseInt(segment);
      if (index >= 0 && index < size) {
        return index;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new InvalidInputException("--set " + path + ": '" + prefix + "' must be an index below " + size + " of a list");
  }

  private static JsonNode parseValue(String path, String text) {
    try {
      JsonNode value = YAML.readTree(text);
      return value == null || value.isMissingNode() ? YAML.getNodeFactory().nullNode() : value;
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("--set " + path + ": value is not valid YAML: " + e.getOriginalMessage());
    }
  }
}
