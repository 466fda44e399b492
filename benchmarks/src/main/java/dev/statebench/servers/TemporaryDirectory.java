package dev.statebench.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** A directory of its own under {@code java.io.tmpdir} for one embedded server, removed with all its files. */
final class TemporaryDirectory {
  private final Path path;

  private TemporaryDirectory(Path path) {
    this.path = path;
  }

  /** Creates a fresh, private directory whose name starts with {@code prefix}. */
  static TemporaryDirectory create(String prefix) {
    try {
      return new TemporaryDirectory(Files.createTempDirectory(prefix));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory in " + System.getProperty("java.io.tmpdir"), e);
    }
  }

  /** An existing directory, for removal by whoever holds only its path (the reaper's watchdog). */
  static TemporaryDirectory of(Path path) {
    return new TemporaryDirectory(path);
  }

  Path path() {
    return path;
  }

  /** Deletes the directory and everything below it; a directory that is already gone is fine. */
  void delete() {
    try {
      Files.walkFileTree(path, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
          if (failure != null && !(failure instanceof NoSuchFileException)) {
            throw failure;
          }
          Files.deleteIfExists(dir);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
          if (failure instanceof NoSuchFileException) {
            return FileVisitResult.CONTINUE;
          }
          throw failure;
        }
      });
    } catch (NoSuchFileException gone) {
      // Already removed, which is the goal.
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path, e);
    }
  }
}
