package dev.statebench.compare;

/** One output format of the gate's report (the {@code --format} option). */
public interface ComparisonReportWriter {

  /** The whole report as text, ending with a newline. */
  String write(ComparisonReport report);
}
