package dev.statebench.fleet.lab;

import dev.statebench.fleet.scenario.ScenarioException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A simulator policy as written in a scenario, {@code name(key=value, …)}, split into its name and options. A value
 * may itself be a policy with parentheses ({@code bounded-load(inner=ring-hash(vnodes=50), factor=1.25)}).
 *
 * @param name the policy's name
 * @param options its options in the order written
 */
record PolicyText(String name, Map<String, String> options) {

  static PolicyText parse(String text) {
    String t = text.strip();
    int open = t.indexOf('(');
    if (open < 0) {
      return new PolicyText(t, Map.of());
    }
    if (!t.endsWith(")")) {
      throw new ScenarioException("policies: '" + text + "' has an unclosed parenthesis");
    }
    Map<String, String> options = new LinkedHashMap<>();
    String body = t.substring(open + 1, t.length() - 1);
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= body.length(); i++) {
      char c = i == body.length() ? ',' : body.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        String part = body.substring(start, i).strip();
        start = i + 1;
        if (part.isEmpty()) {
          continue;
        }
        int eq = part.indexOf('=');
        if (eq < 0) {
          throw new ScenarioException("policies: option '" + part + "' of '" + text + "' is not key=value");
        }
        options.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
      }
    }
    return new PolicyText(t.substring(0, open).strip(), options);
  }

  String option(String key, String fallback) {
    return options.getOrDefault(key, fallback);
  }
}
