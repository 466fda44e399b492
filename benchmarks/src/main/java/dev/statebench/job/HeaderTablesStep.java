package dev.statebench.job;

import dev.statebench.headers.HeaderLimits;
import dev.statebench.headers.HeaderMeasurements;
import dev.statebench.headers.HeaderReport;
import dev.statebench.jwt.JwtAlgorithm;
import dev.statebench.jwt.KeyFixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the header-bloat tables ({@code statebench headers}: sizes, HTTP/1.1 heads, HTTP/2 steady state, bandwidth,
 * limits) into {@code tables/} as markdown, CSV and JSON. Sizes are exact byte counts, the same in every profile.
 */
final class HeaderTablesStep implements JobStep {
  static final String FOLDER = "tables";

  @Override
  public String id() {
    return "header-tables";
  }

  @Override
  public String title() {
    return "header tables";
  }

  @Override
  public long estimatedSeconds() {
    return 15;
  }

  @Override
  public List<Path> run(JobContext context) throws IOException {
    Path target = context.out().resolve(FOLDER);
    Path staging = FolderSwap.staging(target);
    HeaderReport report = new HeaderReport(
        HeaderMeasurements.measure(KeyFixtures.standard(), Arrays.asList(JwtAlgorithm.values())),
        HeaderLimits.defaults());
    List<Path> written = report.writeTo(staging);
    FolderSwap.publish(staging, target);
    return written.stream().map(file -> Path.of(FOLDER).resolve(file.getFileName())).toList();
  }
}
