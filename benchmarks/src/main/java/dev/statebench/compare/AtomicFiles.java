package dev.statebench.compare;

import dev.statebench.UserFacingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file through a temporary sibling and a move, so a reader never sees half a file. */
public final class AtomicFiles {
  private AtomicFiles() {}

  public static void write(Path target, String content) {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    try {
      Files.createDirectories(folder);
      Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
      try {
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        try {
          Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException e) {
      throw new UserFacingException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
