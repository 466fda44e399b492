package dev.statebench.compare;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Walks two JSON trees in step and lists every numeric leaf whose value differs, or that exists on one side only.
 *
 * <p>It knows nothing about the simulator's schema, so the simulator's tables can change shape without changing the
 * gate. Numbers are compared exactly by value ({@code 1}, {@code 1.0} and {@code 1e0} are equal; {@code 0.1} and
 * {@code 0.10000000000000002} are not): deterministic output must reproduce to the last digit. Strings and booleans
 * are not compared (they carry names and labels, not results); a number whose counterpart is not a number counts as
 * changed.
 */
public final class JsonTreeDiff {
  private JsonTreeDiff() {}

  public static List<NumericDifference> diff(JsonNode baseline, JsonNode candidate) {
    List<NumericDifference> differences = new ArrayList<>();
    walk("$", baseline, candidate, differences);
    return differences;
  }

  private static void walk(String path, JsonNode base, JsonNode now, List<NumericDifference> out) {
    if (base == null && now == null) {
      return;
    }
    if (base != null && now != null && base.isObject() && now.isObject()) {
      for (Iterator<String> names = base.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        walk(path + "." + name, base.get(name), now.get(name), out);
      }
      for (Iterator<String> names = now.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!base.has(name)) {
          walk(path + "." + name, null, now.get(name), out);
        }
      }
    } else if (base != null && now != null && base.isArray() && now.isArray()) {
      for (int i = 0; i < Math.max(base.size(), now.size()); i++) {
        walk(path + "[" + i + "]", base.get(i), now.get(i), out);
      }
    } else if (base != null && now != null && base.isNumber() && now.isNumber()) {
      if (!sameNumber(base, now)) {
        out.add(new NumericDifference(path, Optional.of(base.asText()), Optional.of(now.asText())));
      }
    } else if (base != null && base.isNumber() && now != null) {
      out.add(new NumericDifference(path, Optional.of(base.asText()), Optional.of(now.toString())));
    } else if (now != null && now.isNumber() && base != null) {
      out.add(new NumericDifference(path, Optional.of(base.toString()), Optional.of(now.asText())));
    } else {
      onlyOnOneSide(path, base, now, out);
    }
  }

  /** Every numeric leaf under a node that has no counterpart on the other side. */
  private static void onlyOnOneSide(String path, JsonNode base, JsonNode now, List<NumericDifference> out) {
    JsonNode present = base != null ? base : now;
    if (present == null) {
      return;
    }
    if (present.isNumber()) {
      Optional<String> value = Optional.of(present.asText());
      out.add(new NumericDifference(path, base != null ? value : Optional.empty(), now != null ? value : Optional.empty()));
    } else if (present.isObject()) {
      for (Iterator<String> names = present.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        onlyOnOneSide(path + "." + name, base == null ? null : base.get(name), now == null ? null : now.get(name), out);
      }
    } else if (present.isArray()) {
      for (int i = 0; i < present.size(); i++) {
        onlyOnOneSide(path + "[" + i + "]", base == null ? null : base.get(i), now == null ? null : now.get(i), out);
      }
    }
  }

  private static boolean sameNumber(JsonNode a, JsonNode b) {
    double x = a.doubleValue();
    double y = b.doubleValue();
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      return Double.compare(x, y) == 0;
    }
    BigDecimal p = a.decimalValue();
    BigDecimal q = b.decimalValue();
    return p.compareTo(q) == 0;
  }
}
