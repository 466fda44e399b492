package dev.statebench.lbsim.router;

import dev.statebench.lbsim.InvalidInputException;
import dev.statebench.results.units.ScenarioDuration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A policy as written in a scenario: a name and options, {@code name(key=value, …)}; a value may itself be a
 * policy with options ({@code sticky(inner=p2c(d=3))}). Options are read through typed accessors that remember
 * which keys the policy understands, so a misspelt option is refused by name.
 */
public final class PolicySpec {
  private final String where;
  private final String name;
  private final Map<String, String> options;
  private final Set<String> known = new LinkedHashSet<>();

  private PolicySpec(String where, String name, Map<String, String> options) {
    this.where = where;
    this.name = name;
    this.options = options;
  }

  /**
   * Parses {@code text}; {@code where} names its place in the scenario (e.g. {@code policies[2]}) for messages.
   */
  public static PolicySpec parse(String text, String where) {
    String trimmed = text.trim();
    int open = trimmed.indexOf('(');
    if (open < 0) {
      requireName(trimmed, trimmed, where);
      return new PolicySpec(where, trimmed, Map.of());
    }
    if (!trimmed.endsWith(")")) {
      throw new InvalidInputException(where + ": '" + text + "' is missing its closing parenthesis");
    }
    String name = trimmed.substring(0, open).trim();
    requireName(name, trimmed, where);
    Map<String, String> options = new LinkedHashMap<>();
    String body = trimmed.substring(open + 1, trimmed.length() - 1);
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= body.length(); i++) {
      char c = i < body.length() ? body.charAt(i) : ',';
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        String part = body.substring(start, i).trim();
        start = i + 1;
        if (part.isEmpty()) {
          if (body.isBlank()) {
            continue;
          }
          throw new InvalidInputException(where + ": empty option in '" + text + "'");
        }
        int eq = part.indexOf('=');
        if (eq <= 0) {
          throw new InvalidInputException(where + ": option '" + part + "' in '" + text + "' must be key=value");
        }
        String key = part.substring(0, eq).trim();
        if (options.put(key, part.substring(eq + 1).trim()) != null) {
          throw new InvalidInputException(where + ": option '" + key + "' is given twice in '" + text + "'");
        }
      }
      if (depth < 0) {
        throw new InvalidInputException(where + ": unbalanced parentheses in '" + text + "'");
      }
    }
    if (depth != 0) {
      throw new InvalidInputException(where + ": unbalanced parentheses in '" + text + "'");
    }
    return new PolicySpec(where, name, options);
  }

  private static void requireName(String name, String text, String where) {
    if (!name.matches("[a-z][a-z0-9-]*")) {
      throw new InvalidInputException(where + ": '" + text + "' is not a policy name (lower-case words joined by '-')");
    }
  }

  public String name() {
    return name;
  }

  public String where() {
    return where;
  }

  public String stringOption(String key, String defaultValue) {
    known.add(key);
    return options.getOrDefault(key, defaultValue);
  }

  public int intOption(String key, int defaultValue, int min) {
    String value = stringOption(key, null);
    if (value == null) {
      return defaultValue;
    }
    int parsed;
    try {
      parsed = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw invalid(key, "must be an integer, not '" + value + "'");
    }
    if (parsed < min) {
      throw invalid(key, "must be at least " + min + ", not " + parsed);
    }
    return parsed;
  }

  public double doubleOption(String key, double defaultValue, double minExclusive) {
    String value = stringOption(key, null);
    if (value == null) {
      return defaultValue;
    }
    double parsed;
    try {
      parsed = Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw invalid(key, "must be a number, not '" + value + "'");
    }
    if (!(parsed > minExclusive) || Double.isInfinite(parsed)) {
      throw invalid(key, "must be a finite number above " + minExclusive + ", not " + value);
    }
    return parsed;
  }

  public boolean booleanOption(String key, boolean defaultValue) {
    String value = stringOption(key, null);
    if (value == null) {
      return defaultValue;
    }
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw invalid(key, "must be true or false, not '" + value + "'");
    };
  }

  /** A duration option such as {@code decay=10s}, in nanoseconds. */
  public long durationOption(String key, long defaultNanos) {
    String value = stringOption(key, null);
    if (value == null) {
      return defaultNanos;
    }
    try {
      double exact = ScenarioDuration.parse(value).nanos();
      if (exact > Long.MAX_VALUE / 2.0) {
        throw invalid(key, "'" + value + "' is too long");
      }
      long nanos = Math.round(exact);
      if (nanos <= 0) {
        throw invalid(key, "must be positive, not " + value);
      }
      return nanos;
    } catch (IllegalArgumentException e) {
      throw invalid(key, e.getMessage());
    }
  }

  /** A nested policy option such as {@code inner=p2c(d=3)}. */
  public PolicySpec policyOption(String key, String defaultPolicy) {
    return parse(stringOption(key, defaultPolicy), where + "." + name + "." + key);
  }

  /** Refuses options the policy did not ask for; called by the registry after the policy is built. */
  void requireNoUnknownOptions() {
    for (String key : options.keySet()) {
      if (!known.contains(key)) {
        throw new InvalidInputException(where + ": policy '" + name + "' has no option '" + key + "'"
            + (known.isEmpty() ? " (it takes none)" : " (options: " + String.join(", ", known) + ")"));
      }
    }
  }

  public InvalidInputException invalid(String key, String problem) {
    return new InvalidInputException(where + ": option '" + key + "' of '" + name + "' " + problem);
  }
}
