package dev.statebench.job;

import dev.statebench.results.sim.SimInputs;
import dev.statebench.results.sim.SimInputsFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramLogWriter;

/**
 * Derives the simulator's cost inputs from this run's measurements ({@link SimInputsDerivation}) and writes them to
 * {@code sim-inputs/sim-inputs.json}, with one latency log per measured distribution beside it; the simulator steps
 * that follow pass the file to {@code lb-sim run --inputs}. Runs after the JMH step, before the simulations.
 */
final class SimInputsStep implements JobStep {
  static final String FOLDER = "sim-inputs";
  static final String FILE = "sim-inputs.json";

  /** Where the inputs of the run in {@code out} are, once this step has run. */
  static Path inputsFile(Path out) {
    return out.resolve(FOLDER).resolve(FILE);
  }

  @Override
  public String id() {
    return "sim-inputs";
  }

  @Override
  public String title() {
    return "simulator inputs from this run's measurements";
  }

  @Override
  public long estimatedSeconds() {
    return 2;
  }

  @Override
  public List<Path> run(JobContext context) throws IOException {
    SimInputsDerivation.Derived derived = SimInputsDerivation.derive(context.out());
    Path target = context.out().resolve(FOLDER);
    Path staging = FolderSwap.staging(target);
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, Histogram> log : derived.logs().entrySet()) {
      writeLog(staging.resolve(log.getKey()), log.getValue());
      written.add(Path.of(FOLDER, log.getKey()));
    }
    Files.writeString(staging.resolve(FILE), SimInputsFiles.render(derived.inputs()), StandardCharsets.UTF_8);
    written.add(Path.of(FOLDER, FILE));
    FolderSwap.publish(staging, target);
    describe(derived.inputs(), context.log());
    return written;
  }

  private static void describe(SimInputs inputs, PrintStream log) {
    inputs.costs().lookup().forEach((name, cost) -> log.println("[sim-inputs] lookup." + name + ": " + cost.source()));
    inputs.costs().verify().forEach((name, cost) -> log.println("[sim-inputs] verify." + name + ": " + cost.source()));
    inputs.absent().forEach(a -> log.println("[sim-inputs] " + a.key() + ": committed default (" + a.reason() + ")"));
  }

  /** One untagged interval holding the whole histogram, with fixed timestamps so the file depends on the data only. */
  private static void writeLog(Path file, Histogram histogram) throws IOException {
    try (PrintStream out = new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8)) {
      HistogramLogWriter writer = new HistogramLogWriter(out);
      writer.outputComment("statebench simulator input " + file.getFileName() + ", values in nanoseconds");
      writer.outputLogFormatVersion();
      writer.outputLegend();
      histogram.setTag(null);
      writer.outputIntervalHistogram(0, 1, histogram, 1.0);
    }
  }
}
