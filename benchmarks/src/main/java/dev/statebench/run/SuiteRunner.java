package dev.statebench.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.statebench.AtomicFiles;
import dev.statebench.UserFacingException;
import dev.statebench.jmh.UntimedWarmup;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the selected benchmarks of a profile through JMH's {@link Runner} API, once per JVM, with {@code -prof gc} and
 * fail-on-error (a trial whose set-up fails, e.g. on the security gate, stops the run). While another JMH run holds
 * JMH's lock file it waits (up to 30 minutes), so two runs on one machine never time at once.
 *
 * <p>Output: {@code jmh-<label>.json} per JVM and {@code jmh.json} with all results of all JVMs, both in JMH's own JSON
 * format (an array of results). Every result carries JMH's own {@code jvm}, {@code jdkVersion}, {@code vmName} and
 * {@code vmVersion} fields, so the merged file keeps each result's JDK.
 */
final class SuiteRunner {
  static final String MERGED_FILE = "jmh.json";
  /** How long to wait for another JMH run (JMH's lock file) before giving up, and how often to retry. */
  private static final Duration LOCK_WAIT = Duration.ofMinutes(30);
  private static final Duration LOCK_POLL = Duration.ofSeconds(15);

  private final ObjectMapper json = new ObjectMapper();

  /** Runs everything and writes the result files into {@code out}; returns the files written. */
  List<Path> run(BenchmarkProfile profile, List<BenchmarkSelection> selections, List<JvmInstallation> jvms,
      Path out, List<String> forkJvmArgs, PrintStream log) throws IOException {
    Path partial = Files.createDirectories(out.resolve(".partial"));
    try {
      return runAll(profile, selections, jvms, out, partial, forkJvmArgs, log);
    } finally {
      try (Stream<Path> leftovers = Files.list(partial)) {
        for (Path leftover : leftovers.toList()) {
          Files.delete(leftover);
        }
      }
      Files.delete(partial);
    }
  }

  private List<Path> runAll(BenchmarkProfile profile, List<BenchmarkSelection> selections,
      List<JvmInstallation> jvms, Path out, Path partial, List<String> forkJvmArgs, PrintStream log)
      throws IOException {
    ArrayNode all = json.createArrayNode();
    List<Path> written = new ArrayList<>();
    boolean launcher = true;
    for (JvmInstallation jvm : jvms) {
      ArrayNode results = json.createArrayNode();
      for (BenchmarkSelection selection : selections) {
        if (!launcher && !selection.everyJvm()) {
          continue;
        }
        Path resultFile = partial.resolve(jvm.label() + "-" + selection.benchmark().getSimpleName() + ".json");
        log.println("running " + selection.label() + " on " + jvm.label() + " ("
            + jvm.properties().get("java.runtime.version") + ", " + jvm.java() + ")");
        try {
          runOne(profile, selection, jvm, resultFile, forkJvmArgs, log);
        } catch (UserFacingException e) {
          all.addAll(results);
          throw keepingCompleted(e, all, out);
        }
        for (JsonNode result : json.readTree(resultFile.toFile())) {
          results.add(result);
        }
        Files.delete(resultFile);
      }
      Path perJvm = out.resolve("jmh-" + jvm.label() + ".json");
      AtomicFiles.writeString(perJvm, json.writerWithDefaultPrettyPrinter().writeValueAsString(results));
      written.add(perJvm);
      all.addAll(results);
      launcher = false;
    }
    Path merged = out.resolve(MERGED_FILE);
    AtomicFiles.writeString(merged, json.writerWithDefaultPrettyPrinter().writeValueAsString(all));
    written.add(merged);
    return written;
  }

  /**
   * Writes the results of the benchmarks that completed before a failure to {@code jmh.json}, so a run stopped by a
   * dead server keeps them, and returns the failure with a note of what was kept.
   */
  private UserFacingException keepingCompleted(UserFacingException failure, ArrayNode completed, Path out)
      throws IOException {
    if (completed.isEmpty()) {
      return failure;
    }
    Path merged = out.resolve(MERGED_FILE);
    AtomicFiles.writeString(merged, json.writerWithDefaultPrettyPrinter().writeValueAsString(completed));
    return new UserFacingException(failure.getMessage() + "; the " + completed.size()
        + " results completed before it are in " + merged, failure);
  }

  /** The JMH options of one selection on one JVM; {@code forkJvmArgs} reach every fork (server URLs, log folder). */
  static ChainedOptionsBuilder options(BenchmarkProfile profile, BenchmarkSelection selection, JvmInstallation jvm,
      Path resultFile, List<String> forkJvmArgs) {
    ChainedOptionsBuilder options = new OptionsBuilder()
        .include(selection.includePattern())
        .forks(profile.forks())
        .threads(selection.threads())
        .jvmArgsAppend(forkArguments(profile, forkJvmArgs))
        .warmupIterations(profile.warmupIterations())
        .warmupTime(TimeValue.seconds(profile.warmupSeconds()))
        .measurementIterations(profile.measurementIterations())
        .measurementTime(TimeValue.seconds(profile.measurementSeconds()))
        .jvm(jvm.java().toString())
        .addProfiler(GCProfiler.class)
        .shouldFailOnError(true)
        .resultFormat(ResultFormatType.JSON)
        .result(resultFile.toString());
    profile.modes(selection).forEach(options::mode);
    selection.params().forEach((name, values) -> options.param(name, values.toArray(String[]::new)));
    return options;
  }

  /** The caller's fork arguments plus the profile's count-based warm-up (JMH keeps only the last append). */
  private static String[] forkArguments(BenchmarkProfile profile, List<String> forkJvmArgs) {
    List<String> arguments = new ArrayList<>(forkJvmArgs);
    arguments.add("-D" + UntimedWarmup.PROPERTY + "=" + profile.untimedWarmupCalls());
    return arguments.toArray(String[]::new);
  }

  private static void runOne(BenchmarkProfile profile, BenchmarkSelection selection, JvmInstallation jvm,
      Path resultFile, List<String> forkJvmArgs, PrintStream log) {
    ChainedOptionsBuilder options = options(profile, selection, jvm, resultFile, forkJvmArgs);
    long giveUpAt = System.nanoTime() + LOCK_WAIT.toNanos();
    boolean waiting = false;
    while (true) {
      try {
        new Runner(options.build()).run();
        return;
      } catch (RunnerException e) {
        if (!String.valueOf(e.getMessage()).contains("JMH lock")) {
          throw new UserFacingException("benchmark run stopped on " + jvm.label() + " in "
              + selection.label() + ": " + rootMessage(e)
              + " (the JMH output above names the failing configuration)", e);
        }
        if (System.nanoTime() > giveUpAt) {
          throw new UserFacingException("another JMH run held its lock (java.io.tmpdir/jmh.lock) for more than "
              + LOCK_WAIT.toMinutes() + " minutes; run again when it has finished", e);
        }
        if (!waiting) {
          log.println("another JMH run holds its lock (java.io.tmpdir/jmh.lock); waiting for it so the two runs "
              + "do not disturb each other's timings");
          waiting = true;
        }
        sleep(LOCK_POLL);
      }
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserFacingException("interrupted while waiting for another JMH run to finish", e);
    }
  }

  /**
   * The most telling message of a JMH failure: JMH wraps the forks' exceptions as suppressed exceptions of its own
   * "Benchmark error during the run". In the first one, statebench's own exception (e.g. "PostgreSQL SELECT on table …
   * failed: An I/O error occurred while sending to the backend") names the problem best; failing that, the root cause.
   */
  static String rootMessage(Throwable e) {
    Throwable root = e;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getSuppressed().length > 0) {
        return rootMessage(t.getSuppressed()[0]);
      }
      if (t.getClass().getName().startsWith("dev.statebench.") && t.getMessage() != null) {
        return firstLine(t);
      }
      root = t;
    }
    return firstLine(root);
  }

  private static String firstLine(Throwable t) {
    return t.getMessage() == null ? t.toString() : t.getMessage().lines().findFirst().orElse(t.toString());
  }

}
