package dev.statebench.fleet.lab;

import dev.statebench.UserFacingException;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the {@code haproxy} executable: {@code STATEBENCH_HAPROXY} when set, else {@code PATH}, else
 * {@code /usr/sbin} (where Debian installs it, often not on a user's {@code PATH}).
 */
public final class HaproxyBinary {
  /** Environment variable naming the executable. */
  public static final String ENV = "STATEBENCH_HAPROXY";

  private HaproxyBinary() {}

  /** The executable, from the environment. */
  public static Path locate() {
    return locate(System.getenv(ENV), System.getenv("PATH"));
  }

  /**
   * The executable named by {@code configured}, or found on {@code path} or in {@code /usr/sbin}.
   *
   * @throws UserFacingException saying how to install HAProxy when there is none
   */
  public static Path locate(String configured, String path) {
    if (configured != null && !configured.isBlank()) {
      Path explicit = Path.of(configured);
      if (Files.isExecutable(explicit)) {
        return explicit;
      }
      throw missing(configured + " is not an executable file");
    }
    String search = (path == null ? "" : path) + File.pathSeparator + "/usr/sbin" + File.pathSeparator + "/usr/local/sbin";
    for (String dir : search.split(File.pathSeparator)) {
      if (!dir.isEmpty()) {
        Path candidate = Path.of(dir, "haproxy");
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    throw missing("haproxy is not on PATH nor in /usr/sbin");
  }

  private static UserFacingException missing(String what) {
    return new UserFacingException("the fleet lab needs HAProxy and " + what
        + ": install it with 'apt-get install haproxy' (Debian/Ubuntu), or set " + ENV + " or --haproxy to its path");
  }
}
