package dev.statebench.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Publishes a folder all-or-nothing: a step writes into a hidden staging folder beside the target, then the staging
 * folder is renamed into place, so an interrupted step leaves no half-filled folder under the target's name.
 */
final class FolderSwap {
  private FolderSwap() {}

  /** A fresh, empty staging folder for {@code target} (any leftover from an interrupted attempt is removed). */
  static Path staging(Path target) throws IOException {
    Path staging = target.resolveSibling("." + target.getFileName() + ".partial");
    deleteTree(staging);
    return Files.createDirectories(staging);
  }

  /** Replaces {@code target} by {@code staging} with one rename. */
  static void publish(Path staging, Path target) throws IOException {
    deleteTree(target);
    Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Moves every file of {@code staging} into {@code target} (each with an atomic rename), then removes staging. */
  static List<Path> moveFiles(Path staging, Path target) throws IOException {
    Files.createDirectories(target);
    List<Path> files;
    try (Stream<Path> entries = Files.list(staging)) {
      files = entries.filter(Files::isRegularFile).sorted().toList();
    }
    List<Path> moved = files.stream().map(f -> target.resolve(f.getFileName())).toList();
    for (Path file : files) {
      Files.move(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    }
    deleteTree(staging);
    return moved;
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
