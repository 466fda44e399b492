package dev.statebench.job;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the steps of a job in order and keeps the user informed: before each step it prints what runs now, what is
 * left, and the estimated time of completion (the remaining steps' estimates, scaled by how far the finished steps
 * ran over or under theirs). Steps that a resumed job finished earlier are skipped. A failing step stops the job;
 * the ledger still names every step finished before it.
 */
final class JobRunner {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

  private final JobContext context;
  private final JobLedger ledger;

  JobRunner(JobContext context, JobLedger ledger) {
    this.context = context;
    this.ledger = ledger;
  }

  /** Runs every step not finished yet; returns the ids of the steps it ran. */
  List<String> run(List<JobStep> steps) throws IOException {
    List<JobStep> pending = new ArrayList<>();
    for (JobStep step : steps) {
      if (!step.alwaysRuns() && ledger.finished(step.id())) {
        context.log().println("[job] " + step.title() + ": already done in " + context.out() + ", skipped");
      } else {
        pending.add(step);
      }
    }
    ledger.save();
    List<String> ran = new ArrayList<>();
    double estimatedSoFar = 0;
    double actualSoFar = 0;
    for (int i = 0; i < pending.size(); i++) {
      JobStep step = pending.get(i);
      double pace = estimatedSoFar > 0 ? actualSoFar / estimatedSoFar : 1.0;
      long leftSeconds = Math.round(pace * pending.subList(i, pending.size()).stream()
          .mapToLong(JobStep::estimatedSeconds).sum());
      context.log().println(progressLine(i + 1, pending.size(), step, pending.subList(i + 1, pending.size()),
          leftSeconds));
      long started = System.nanoTime();
      List<Path> written = step.run(context);
      double seconds = (System.nanoTime() - started) / 1e9;
      ledger.record(step.id(), seconds, written);
      estimatedSoFar += step.estimatedSeconds();
      actualSoFar += seconds;
      ran.add(step.id());
      context.log().println(String.format(Locale.ROOT, "[job] %s: done in %s (%d file(s))", step.title(),
          duration(Math.round(seconds)), written.size()));
    }
    return ran;
  }

  private static String progressLine(int index, int count, JobStep step, List<JobStep> after, long leftSeconds) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "[job %d/%d] %s (about %s)", index, count,
        step.title(), duration(step.estimatedSeconds())));
    if (!after.isEmpty()) {
      line.append("; then ").append(String.join(", ", after.stream().map(JobStep::title).toList()));
    }
    line.append("; about ").append(duration(leftSeconds)).append(" left, done near ")
        .append(CLOCK.format(Instant.now().plusSeconds(leftSeconds))).append(" UTC");
    return line.toString();
  }

  static String duration(long seconds) {
    Duration d = Duration.ofSeconds(Math.max(0, seconds));
    if (d.toMinutes() == 0) {
      return d.toSeconds() + " s";
    }
    return d.toHours() > 0
        ? String.format(Locale.ROOT, "%d h %02d min", d.toHours(), d.toMinutesPart())
        : String.format(Locale.ROOT, "%d min %02d s", d.toMinutes(), d.toSecondsPart());
  }
}
