package dev.statebench.load;

import dev.statebench.AtomicFiles;
import dev.statebench.load.cpu.CpuMeter;
import dev.statebench.load.cpu.CpuMeters;
import dev.statebench.load.cpu.JvmProcessCpuMeter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.HistogramLogWriter;

/**
 * An open-loop sweep of one target over increasing rates, with its control.
 *
 * <p>Before the first rate, control and target run unrecorded for the initial warm-up (the JIT compiles the hot
 * paths; otherwise the first rate, the one the cost table reads, would be measured half interpreted). At each rate the
 * {@code noop} control runs first on the same seeded arrivals (the generator's own floor and CPU
 * cost at that rate), then the target: a warm-up, then the measured run, metered for CPU, judged by
 * {@link LoadVerdict}. A saturated rate is measured once more; the sweep stops at the first rate saturated twice in a
 * row (one disturbed run, e.g. another process taking the CPU, does not end it). {@code summary.json} is written when
 * the sweep ends, also when it breaks off with an exception (a server died): then it holds the rates measured so far
 * and a {@code failure} line, and the exception is rethrown.
 */
public final class LoadSweep {
  /** Hears of each rate as it is measured (the console; tests). */
  @FunctionalInterface
  public interface Listener {
    void measured(Map<String, Object> entry) throws Exception;
  }

  private final LoadTarget target;
  private final TargetClient client;
  private final CpuMeter storeMeter;
  private final TargetClient control;
  private final SweepSettings settings;

  /**
   * @param target what is measured (for file names and labels)
   * @param client the opened target
   * @param storeMeter the meter of its store
   * @param control the opened {@code noop} target, or null when {@code target} is the control itself
   * @param settings rates, arrivals, durations
   */
  public LoadSweep(LoadTarget target, TargetClient client, CpuMeter storeMeter, TargetClient control,
      SweepSettings settings) {
    this.target = target;
    this.client = client;
    this.storeMeter = storeMeter;
    this.control = control;
    this.settings = settings;
  }

  /** Runs the sweep, writing per-rate files and {@code summary.json} (with {@code header} first) into {@code folder}. */
  public List<Map<String, Object>> run(Path folder, Map<String, Object> header, Listener listener) throws Exception {
    List<Map<String, Object>> entries = new ArrayList<>();
    String failure = null;
    try {
      OpenLoopGenerator generator = generator(client);
      OpenLoopGenerator controlGenerator = control == null ? null : generator(control);
      CpuMeters meters = new CpuMeters(new JvmProcessCpuMeter(), storeMeter);
      CpuMeters controlMeters = new CpuMeters(new JvmProcessCpuMeter(), CpuMeter.notMeasurable("control target"));
      for (double rate : settings.rates()) {
        if (rate == settings.rates().get(0)) {
          warmUp(controlGenerator, rate, settings.initialWarmup());
          warmUp(generator, rate, settings.initialWarmup());
        }
        boolean saturatedBefore = false;
        for (int attempt = 1; attempt <= 2; attempt++) {
          long seed = Double.doubleToLongBits(rate) * 31 + attempt;
          OpenLoopGenerator.Run floor = null;
          if (controlGenerator != null) {
            warmUp(controlGenerator, rate, seed);
            floor = controlGenerator.run(settings.arrivals(), rate, settings.duration(), seed, h -> { }, controlMeters);
          }
          warmUp(generator, rate, seed);
          Map<String, Object> entry = measure(generator, meters, rate, attempt, seed, floor, folder);
          entries.add(entry);
          listener.measured(entry);
          boolean saturated = LoadVerdict.SATURATED.label().equals(entry.get("verdict"));
          if (!saturated) {
            break;
          }
          if (saturatedBefore) {
            return entries;
          }
          saturatedBefore = true;
        }
      }
      return entries;
    } catch (Exception | Error e) {
      failure = e.getClass().getSimpleName() + ": " + e.getMessage();
      throw e;
    } finally {
      Map<String, Object> root = new LinkedHashMap<>(header);
      root.put("verdict_rules", LoadVerdict.rules());
      LoadReport.writeSummary(folder, root, entries, failure);
    }
  }

  private OpenLoopGenerator generator(TargetClient target) {
    return new OpenLoopGenerator(target, settings.options().connections(), settings.timeout(), settings.maxLag());
  }

  private void warmUp(OpenLoopGenerator generator, double rate, long seed) throws InterruptedException {
    if (!settings.warmup().isZero()) {
      generator.run(settings.arrivals(), rate, settings.warmup(), seed ^ 0x5DEECE66DL, h -> { }, null);
    }
  }

  /** The initial warm-up (unseeded arrivals are fine: nothing is recorded); {@code generator} may be null. */
  private void warmUp(OpenLoopGenerator generator, double rate, java.time.Duration length)
      throws InterruptedException {
    if (generator != null && !length.isZero()) {
      generator.run(settings.arrivals(), rate, length, 1, h -> { }, null);
    }
  }

  private Map<String, Object> measure(OpenLoopGenerator generator, CpuMeters meters, double rate, int attempt,
      long seed, OpenLoopGenerator.Run floor, Path folder) throws IOException, InterruptedException {
    ByteArrayOutputStream hlog = new ByteArrayOutputStream();
    HistogramLogWriter writer = new HistogramLogWriter(new PrintStream(hlog, true, StandardCharsets.UTF_8));
    String tag = "load?target=" + target.label() + "&rate=" + LoadReport.formatRate(rate) + "&connections="
        + settings.options().connections() + "&arrivals=" + settings.arrivals().label() + "&attempt=" + attempt;
    long startMillis = System.currentTimeMillis();
    writer.outputLogFormatVersion();
    writer.outputComment("statebench open-loop response times (from intended start, timeouts censored at the"
        + " timeout) of " + tag + ", nanoseconds");
    writer.outputStartTime(startMillis);
    writer.setBaseTime(startMillis);
    writer.outputLegend();
    OpenLoopGenerator.Run run = generator.run(settings.arrivals(), rate, settings.duration(), seed, interval -> {
      interval.setTag(tag);
      writer.outputIntervalHistogram(interval);
    }, meters);
    String base = LoadReport.baseName(target, rate, attempt);
    AtomicFiles.writeString(folder.resolve(base + ".hlog"), hlog.toString(StandardCharsets.UTF_8));
    LoadReport.writeHgrm(folder.resolve(base + ".hgrm"), run);
    return LoadReport.rateEntry(rate, attempt, run, LoadVerdict.judge(LoadVerdict.Facts.of(run, floor)), floor,
        settings.floorFraction());
  }
}
