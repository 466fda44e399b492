package dev.statebench.job;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One step of the main job (the JMH suite, the header tables, one simulator scenario, the report). A step writes its
 * files all-or-nothing, so a step that was interrupted leaves nothing behind and a finished one is never half-written.
 */
interface JobStep {

  /** A stable identifier, used in the job ledger ({@code job.json}) to skip finished steps when a job is resumed. */
  String id();

  /** What the progress line shows while the step runs. */
  String title();

  /** Expected wall time in seconds on a 2-core machine, for the progress estimate. */
  long estimatedSeconds();

  /** Whether a step that finished earlier must run again even though its files are present (the report does). */
  default boolean alwaysRuns() {
    return false;
  }

  /** Runs the step; returns the files it wrote, relative to {@code out}. */
  List<Path> run(JobContext context) throws IOException;
}
