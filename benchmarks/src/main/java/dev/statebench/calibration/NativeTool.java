package dev.statebench.calibration;

import dev.statebench.UserFacingException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A native benchmark tool ({@code redis-benchmark}, {@code pgbench}) found on the {@code PATH} or in the Debian
 * PostgreSQL folders, run as a subprocess with a deadline.
 *
 * @param name the program name
 * @param installHint what to install when it is missing
 */
record NativeTool(String name, String installHint) {
  static final NativeTool REDIS_BENCHMARK = new NativeTool("redis-benchmark", "apt-get install -y redis-tools");
  static final NativeTool PGBENCH = new NativeTool("pgbench",
      "apt-get install -y postgresql-client postgresql-contrib (pgbench lives in /usr/lib/postgresql/<v>/bin)");

  /** The executable, or a one-line error that names the package to install. */
  Path locate() {
    return find().orElseThrow(() -> new UserFacingException(name + " not found on PATH or in /usr/lib/postgresql/*/bin;"
        + " install it with: " + installHint));
  }

  Optional<Path> find() {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(folder.isEmpty() ? "." : folder, name);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions.map(v -> v.resolve("bin").resolve(name)).filter(Files::isExecutable).findFirst();
    } catch (IOException noDebianPostgres) {
      return Optional.empty();
    }
  }

  /** Runs the tool with {@code args} and extra environment; returns its standard output, failing on a bad exit. */
  String run(List<String> args, Map<String, String> environment, long timeoutSeconds)
      throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>();
    command.add(locate().toString());
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    byte[] output;
    try {
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        throw new UserFacingException(name + " did not finish within " + timeoutSeconds + " s");
      }
      output = process.getInputStream().readAllBytes();
    } finally {
      process.destroyForcibly();
    }
    String text = new String(output, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      String last = text.strip().lines().reduce((a, b) -> b).orElse("");
      throw new UserFacingException(name + " failed (exit " + process.exitValue() + "): " + last);
    }
    return text;
  }
}
