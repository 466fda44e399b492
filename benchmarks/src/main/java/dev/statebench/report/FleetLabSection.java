package dev.statebench.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fleet lab's validation table (simulated against real, {@code fleet-lab/validation.md}, written by the full
 * profile's fleet-lab step from its own runs), or a line saying why it is absent.
 */
final class FleetLabSection {
  static final String TITLE = "## Fleet lab: the simulator against a real HAProxy";

  private FleetLabSection() {}

  static String render(Path runFolder) {
    Path table = runFolder.resolve("fleet-lab").resolve("validation.md");
    if (!Files.isRegularFile(table)) {
      return "_Not run in this profile: the full profile runs the fleet lab when HAProxy is installed "
          + "(`statebench fleet`, `statebench fleet-table`)._\n";
    }
    try {
      return "Each scenario ran on real app instances behind a real HAProxy (one run per policy) and in lb-sim fed the "
          + "instances' measured service times (n replications). \"Within\" compares the real run with lb-sim's 95% "
          + "prediction interval for one run, mean ± ci95·√(n+1). Latency is expected to disagree: the model leaves out "
          + "the client, proxy and loopback overhead, measured separately by the lab's zero-service diagnostic.\n\n"
          + Files.readString(table, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + table, e);
    }
  }
}
