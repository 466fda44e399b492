package dev.statebench.jmh;

import dev.statebench.AtomicFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;
import org.HdrHistogram.Recorder;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.infra.ThreadParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Records the latency of every measured call of one trial into an HdrHistogram {@link Recorder} and writes one
 * interval per measurement iteration to an HdrHistogram interval log ({@code .hlog}, values in nanoseconds), tagged
 * with the benchmark and its parameters, e.g. {@code RedisLookupBenchmark.lookup?command=GET&key=HIT}. JMH's own
 * sample mode stops at p99.99 and keeps no distribution; the log keeps all of it for plots, {@code p99.9}/max and
 * the simulator (which reads {@code .hlog} as an empirical distribution).
 *
 * <p>Enabled when the system property {@value #DIRECTORY_PROPERTY} names a folder ({@code statebench run} sets it
 * to {@code <out>/hlog}); otherwise every method is a cheap no-op. Warm-up iterations are not recorded. Each thread
 * of each fork writes its own file ({@code <benchmark>-<mode>-<params>-<pid>-t<thread>.hlog}, written to a temporary
 * file and moved): the benchmarks keep one log per thread ({@code Scope.Thread}), so threads never share a recorder or a
 * file, and the report adds the threads' intervals of one fork back together when it reads them.
 *
 * <p>Overhead: one extra {@code System.nanoTime()} pair and one {@code recordValue} per call, about 40–60 ns on
 * x86-64 Linux; it is included in the JMH score, which matters only for sub-microsecond benchmarks (none here: the
 * cheapest benchmark that uses it is a network round trip of tens of microseconds).
 */
public final class LatencyLog {
  /** System property naming the folder for {@code .hlog} files. */
  public static final String DIRECTORY_PROPERTY = "statebench.hlog.dir";

  private final Recorder recorder = new Recorder(3);
  private final Path file;
  private final String tag;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private final HistogramLogWriter writer;
  private Histogram interval;
  private volatile boolean recording;

  private LatencyLog(Path file, String tag) {
    this.file = file;
    this.tag = tag;
    this.writer = new HistogramLogWriter(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    long now = System.currentTimeMillis();
    writer.outputLogFormatVersion();
    writer.outputComment("statebench latency of " + tag + ", values in nanoseconds");
    writer.outputStartTime(now);
    writer.setBaseTime(now);
    writer.outputLegend();
  }

  /** A log for this trial's thread, or a disabled one when {@value #DIRECTORY_PROPERTY} is not set. */
  static LatencyLog open(BenchmarkParams params, ThreadParams thread) {
    String folder = System.getProperty(DIRECTORY_PROPERTY);
    if (folder == null || folder.isBlank()) {
      return new LatencyLog(null, tag(params));
    }
    String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.',
        params.getBenchmark().lastIndexOf('.') - 1) + 1);
    StringBuilder name = new StringBuilder(method).append('-').append(params.getMode().shortLabel());
    for (String key : params.getParamsKeys()) {
      name.append('-').append(params.getParam(key));
    }
    name.append('-').append(ProcessHandle.current().pid()).append("-t").append(thread.getThreadIndex())
        .append(".hlog");
    return new LatencyLog(Path.of(folder).resolve(name.toString().replaceAll("[^A-Za-z0-9._=-]", "_")), tag(params));
  }

  /** The tag of a trial: {@code Class.method?name=value&…} (no commas or spaces, which the log format reserves). */
  static String tag(BenchmarkParams params) {
    String benchmark = params.getBenchmark();
    String method = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
    Map<String, String> sorted = new TreeMap<>();
    for (String key : params.getParamsKeys()) {
      sorted.put(key, params.getParam(key));
    }
    StringBuilder tag = new StringBuilder(method).append("?mode=").append(params.getMode().shortLabel());
    sorted.forEach((key, value) -> tag.append('&').append(key).append('=').append(value));
    return tag.toString().replaceAll("[,\\s]", "_");
  }

  /** Call from an iteration-level set-up: records only during measurement iterations. */
  void beginIteration(IterationParams iteration) {
    recorder.reset();
    recording = file != null && iteration.getType() == IterationType.MEASUREMENT;
  }

  /** The start timestamp for {@link #record(long)}. */
  long start() {
    return System.nanoTime();
  }

  /** Records the time since {@code startNanos}. */
  void record(long startNanos) {
    if (recording) {
      recorder.recordValue(System.nanoTime() - startNanos);
    }
  }

  /** Call from an iteration-level tear-down: appends the iteration's histogram to the log. */
  void endIteration() {
    if (!recording) {
      return;
    }
    recording = false;
    interval = recorder.getIntervalHistogram(interval);
    interval.setTag(tag);
    writer.outputIntervalHistogram(interval);
  }

  /** Call from the trial tear-down: writes the log file (nothing when disabled or nothing was recorded). */
  void close() {
    if (file == null || interval == null) {
      return;
    }
    try {
      Files.createDirectories(file.getParent());
      AtomicFiles.writeString(file, buffer.toString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write latency log " + file, e);
    }
  }
}
