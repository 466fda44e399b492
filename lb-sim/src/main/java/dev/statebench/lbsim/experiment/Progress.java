package dev.statebench.lbsim.experiment;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Progress of the (policy × replication) runs of an experiment, printed to standard error every few seconds once a
 * run has taken longer than a few seconds, so short runs stay quiet. Never printed to standard output, which
 * carries results.
 */
final class Progress implements AutoCloseable {
  private static final long FIRST_REPORT_MILLIS = 3000;
  private static final long REPORT_EVERY_MILLIS = 5000;
  private static final double SCALE = 1e6;

  private final AtomicLongArray fractions;
  private final PrintStream out;
  private final Thread reporter;
  private volatile boolean done;

  Progress(int runs, PrintStream out) {
    this.fractions = new AtomicLongArray(runs);
    this.out = out;
    this.reporter = new Thread(this::report, "lb-sim-progress");
    reporter.setDaemon(true);
    if (out != null) {
      reporter.start();
    }
  }

  void update(int run, double fraction) {
    fractions.set(run, Math.round(Math.min(1, Math.max(0, fraction)) * SCALE));
  }

  private void report() {
    long start = System.nanoTime();
    long next = FIRST_REPORT_MILLIS;
    while (!done) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        return;
      }
      long elapsed = (System.nanoTime() - start) / 1_000_000;
      if (elapsed >= next && !done) {
        double total = 0;
        int finished = 0;
        for (int i = 0; i < fractions.length(); i++) {
          total += fractions.get(i) / SCALE;
          finished += fractions.get(i) == SCALE ? 1 : 0;
        }
        out.printf(Locale.ROOT, "lb-sim: %.0f%% done (%d of %d policy × replication runs finished, %ds)%n",
            100 * total / fractions.length(), finished, fractions.length(), elapsed / 1000);
        next = elapsed + REPORT_EVERY_MILLIS;
      }
    }
  }

  @Override
  public void close() {
    done = true;
    reporter.interrupt();
  }
}
