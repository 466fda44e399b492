package dev.statebench.report;

import dev.statebench.results.env.JvmDescription;
import dev.statebench.results.env.RunManifest;
import dev.statebench.results.env.ServerDescription;
import dev.statebench.results.format.Numbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The environment section, from the typed run manifest ({@code env.json}). */
final class EnvSummary {
  private EnvSummary() {}

  static String render(RunManifest env) {
    MarkdownTable table = new MarkdownTable("what", "value");
    table.row("profile", env.profile());
    table.row("run", env.started() + " → " + env.finished());
    for (JvmDescription jvm : env.jvms()) {
      table.row("JDK " + jvm.label(), jvm.vendor() + " " + (jvm.runtimeVersion() != null ? jvm.runtimeVersion()
          : jvm.version()) + " (" + jvm.vmName() + ")" + (jvm.flags() == null || jvm.flags().isEmpty() ? ""
          : ", flags " + String.join(" ", jvm.flags())));
    }
    if (env.garbageCollectors() != null) {
      table.row("garbage collectors", String.join(", ", env.garbageCollectors()));
    }
    table.row("OS", env.os());
    table.row("CPU", env.cpu().model() + ", " + env.cpu().logicalCores() + " logical cores"
        + (env.cpu().flags() == null ? "" : "; flags include " + notable(env.cpu().flags())));
    table.row("memory", String.format(Locale.ROOT, "%.1f GiB", env.memoryBytes() / (double) (1L << 30)));
    if (env.loadAverage() != null) {
      table.row("load average (1, 5, 15 min)", "before " + loads(env.loadAverage().before()) + "; after "
          + loads(env.loadAverage().after()));
    }
    for (Map.Entry<String, ServerDescription> server : env.servers().entrySet()) {
      ServerDescription s = server.getValue();
      table.row(server.getKey(), s.version() + (s.embedded() ? " (embedded)" : " (external)")
          + (s.settings() == null || s.settings().isEmpty() ? "" : "; " + String.join(", ", s.settings().entrySet()
              .stream().map(e -> e.getKey() + "=" + e.getValue()).toList())));
    }
    List<String> libraries = new ArrayList<>();
    env.libraries().forEach((name, version) -> libraries.add(name + " " + version));
    table.row("libraries", String.join(", ", libraries));
    table.row("commit", env.git().commit() + (Boolean.TRUE.equals(env.git().dirty()) ? " (with uncommitted changes)"
        : ""));
    return table.render();
  }

  /** The instruction-set extensions that change crypto speed, when the CPU reports them. */
  private static String notable(List<String> flags) {
    List<String> shown = flags.stream().filter(List.of("aes", "avx2", "avx512f", "sha_ni", "adx", "bmi2",
        "pclmulqdq")::contains).toList();
    return shown.isEmpty() ? "none of aes, avx2, avx512f, sha_ni, adx, bmi2, pclmulqdq" : String.join(" ", shown);
  }

  private static String loads(List<Double> values) {
    return values == null ? "—" : String.join(" ", values.stream().map(Numbers::format).toList());
  }
}
