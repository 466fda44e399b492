package dev.statebench.servers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The postmaster of a PostgreSQL data directory, read from the first line of its {@code postmaster.pid}. */
final class PostmasterPid {
  private PostmasterPid() {}

  /** The running postmaster of {@code dataDirectory}, if its pid file names a live process. */
  static Optional<ProcessHandle> read(Path dataDirectory) {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    try {
      List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
      return lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }
}
