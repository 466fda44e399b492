package dev.statebench.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The committed reference run ({@code results/reference} at the repository root), which every format must read. */
public final class ReferenceResults {
  public static final Path DIR = Path.of("..", "results", "reference");

  private ReferenceResults() {}

  public static List<Path> simulatorFiles() throws IOException {
    try (Stream<Path> files = Files.list(DIR.resolve("sim"))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }
}
