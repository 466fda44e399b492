package dev.statebench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** README.md's layout table names every main source package of every module, so a reader can find all the code. */
class ReadmeLayoutTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void layoutTable_listsEveryMainPackage() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    List<String> missing = new ArrayList<>();
    for (String module : List.of("results-model", "benchmarks", "lb-sim")) {
      Path sources = ROOT.resolve(module).resolve("src/main/java");
      try (Stream<Path> walk = Files.walk(sources)) {
        for (Path dir : walk.filter(Files::isDirectory).toList()) {
          boolean hasCode;
          try (Stream<Path> files = Files.list(dir)) {
            hasCode = files.anyMatch(f -> f.toString().endsWith(".java"));
          }
          String row = "`" + module + "/…/" + sources.relativize(dir).toString().replace('\\', '/') + "`";
          if (hasCode && !readme.contains(row)) {
            missing.add(row);
          }
        }
      }
    }
    assertThat(missing).as("packages missing from README.md's layout table").isEmpty();
  }
}
