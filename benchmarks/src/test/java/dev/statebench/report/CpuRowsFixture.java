package dev.statebench.report;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A run folder made from a committed, hand-written JMH JSON fixture of {@code cpu-rows/}, copied as {@code jmh.json}
 * and as the per-JVM {@code jmh-jdk17.json}, the two files a one-JVM {@code statebench run} writes.
 */
final class CpuRowsFixture {
  private CpuRowsFixture() {}

  static ResultFolder folder(Path dir, String fixture) throws IOException, URISyntaxException {
    Path source = Path.of(CpuRowsFixture.class.getResource("/dev/statebench/report/cpu-rows/" + fixture).toURI());
    Files.copy(source, dir.resolve("jmh.json"));
    Files.copy(source, dir.resolve("jmh-jdk17.json"));
    return ResultFolder.read(dir);
  }
}
