package dev.statebench.lbsim.report;

import dev.statebench.lbsim.experiment.ExperimentResult;
import java.io.IOException;
import java.io.Writer;

/** Writes an experiment's results in one format. One implementation per format; see {@link ReportFormat}. */
public interface ReportWriter {

  void write(ExperimentResult result, Writer out) throws IOException;
}
