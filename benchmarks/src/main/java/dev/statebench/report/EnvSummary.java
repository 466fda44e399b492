package dev.statebench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The environment section: JDKs, CPU, memory, OS, server and library versions and the commit, from env.json. */
final class EnvSummary {
  private EnvSummary() {}

  static String render(JsonNode env) {
    MarkdownTable table = new MarkdownTable("what", "value");
    table.row("profile", env.path("profile").asText("?"));
    table.row("run", env.path("started").asText("?") + " → " + env.path("finished").asText("?"));
    for (JsonNode jvm : env.path("jvms")) {
      table.row("JDK " + jvm.path("label").asText(), jvm.path("java.vendor").asText("?") + " "
          + jvm.path("java.runtime.version").asText(jvm.path("java.version").asText("?")) + " ("
          + jvm.path("java.vm.name").asText("?") + ")");
    }
    table.row("OS", env.path("os").asText("?"));
    table.row("CPU", env.path("cpu").path("model").asText("?") + ", " + env.path("cpu").path("logicalCores").asText("?")
        + " logical cores");
    table.row("memory", env.path("memoryBytes").isNumber()
        ? String.format(Locale.ROOT, "%.1f GiB", env.path("memoryBytes").asDouble() / (1L << 30)) : "?");
    for (Iterator<Map.Entry<String, JsonNode>> it = env.path("servers").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> server = it.next();
      table.row(server.getKey(), server.getValue().path("version").asText("?")
          + (server.getValue().path("embedded").asBoolean() ? " (embedded)" : " (external)"));
    }
    List<String> libraries = new ArrayList<>();
    env.path("libraries").fields().forEachRemaining(e -> libraries.add(e.getKey() + " " + e.getValue().asText()));
    table.row("libraries", String.join(", ", libraries));
    JsonNode git = env.path("git");
    table.row("commit", git.path("commit").asText("?") + (git.path("dirty").asBoolean() ? " (with uncommitted "
        + "changes)" : ""));
    return table.render();
  }
}
