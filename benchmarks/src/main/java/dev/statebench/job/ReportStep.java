package dev.statebench.job;

import dev.statebench.report.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes {@code report.md}, {@code report.html} and {@code plots/} from whatever the earlier steps left. */
final class ReportStep implements JobStep {

  @Override
  public String id() {
    return "report";
  }

  @Override
  public String title() {
    return "report";
  }

  @Override
  public long estimatedSeconds() {
    return 5;
  }

  @Override
  public boolean alwaysRuns() {
    return true;
  }

  @Override
  public List<Path> run(JobContext context) throws IOException {
    List<Path> written = Report.write(context.out());
    return written.stream().map(file -> context.out().toAbsolutePath().relativize(file.toAbsolutePath())).toList();
  }
}
