package dev.statebench.lbsim.report;

import java.util.function.Supplier;

/** The output formats of {@code lb-sim run --format}, each the factory of its writer. */
public enum ReportFormat {
  TABLE("txt", TableReportWriter::new),
  JSON("json", JsonReportWriter::new),
  CSV("csv", CsvReportWriter::new),
  MARKDOWN("md", MarkdownReportWriter::new);

  private final String extension;
  private final Supplier<ReportWriter> factory;

  ReportFormat(String extension, Supplier<ReportWriter> factory) {
    this.extension = extension;
    this.factory = factory;
  }

  public String extension() {
    return extension;
  }

  public ReportWriter writer() {
    return factory.get();
  }
}
