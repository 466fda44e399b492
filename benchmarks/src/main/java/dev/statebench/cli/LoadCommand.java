package dev.statebench.cli;

import dev.statebench.AtomicFiles;
import dev.statebench.UserFacingException;
import dev.statebench.load.LoadReport;
import dev.statebench.load.LoadTarget;
import dev.statebench.load.OpenLoopGenerator;
import dev.statebench.load.TargetClient;
import dev.statebench.servers.Servers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.HdrHistogram.HistogramLogWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statebench load}: open-loop load at fixed rates, the measurement JMH's closed loop cannot make (it waits for
 * each answer before the next request, so queueing never shows). See {@link OpenLoopGenerator}.
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Send requests to one target on a fixed schedule (open loop) and record response times from each request's",
      "intended start (coordinated omission corrected). Writes <target>-<rate>.hgrm (µs), .hlog (ns) and",
      "summary.json into DIR. With --sweep, rates run in order and the sweep stops after the first saturated rate.",
      "A rate whose schedule the generator itself could not keep is reported as such, without latency figures."
    })
final class LoadCommand implements Callable<Integer> {
  @Option(names = "--target", required = true, paramLabel = "TARGET",
      description = "redis, postgres, jwt-hs256, jwt-rs256, jwt-es256 or hybrid (HS256 + Redis denylist).")
  String target;

  @Option(names = "--rate", paramLabel = "R", description = "Requests per second (one rate).")
  Double rate;

  @Option(names = "--sweep", paramLabel = "R1,R2,…", split = ",",
      description = "Several rates, in order, instead of --rate.")
  List<Double> sweep;

  @Option(names = "--duration", paramLabel = "D", defaultValue = "10s", converter = DurationConverter.class,
      description = "Measured time per rate, e.g. 10s or 2m (default 10s).")
  Duration duration;

  @Option(names = "--warmup", paramLabel = "D", defaultValue = "3s", converter = DurationConverter.class,
      description = "Unrecorded warm-up at each rate before measuring (default 3s).")
  Duration warmup;

  @Option(names = "--connections", paramLabel = "C", defaultValue = "2",
      description = "Concurrent requests (worker threads; the PostgreSQL pool size). Default ${DEFAULT-VALUE}.")
  int connections;

  @Option(names = "--timeout", paramLabel = "D", defaultValue = "2s", converter = DurationConverter.class,
      description = "A response later than this (from its intended start) is a timeout. Default 2s.")
  Duration timeout;

  @Option(names = "--max-lag", paramLabel = "D", defaultValue = "1ms", converter = DurationConverter.class,
      description = "Largest p99 dispatch lag of the generator for the schedule to count as kept. Default 1ms.")
  Duration maxLag;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default results/runs/<time>-load).")
  Path out;

  @Mixin
  ServerOptions serverOptions = new ServerOptions();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    LoadTarget chosen;
    try {
      chosen = LoadTarget.parse(target);
    } catch (IllegalArgumentException e) {
      throw new UserFacingException("--target: " + e.getMessage());
    }
    List<Double> rates = rates();
    validate();
    Path folder = out != null ? out : Path.of("results", "runs",
        LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-load");
    if (Files.exists(folder.resolve("summary.json"))) {
      throw new UserFacingException("--out " + folder + " already holds a summary.json; choose a new folder");
    }
    Files.createDirectories(folder);
    PrintWriter log = spec.commandLine().getOut();
    List<Map<String, Object>> results = new ArrayList<>();
    try (Servers servers = Servers.open(serverOptions.config());
        TargetClient client = chosen.open(servers, connections)) {
      OpenLoopGenerator generator = new OpenLoopGenerator(client, connections, timeout, maxLag);
      log.printf("%-10s %10s %10s %9s %9s %9s %9s %8s %8s  %s%n", "target", "offered/s", "achieved/s", "p50 µs",
          "p99 µs", "p99.9 µs", "max µs", "timeouts", "errors", "verdict");
      for (double r : rates) {
        if (!warmup.isZero()) {
          generator.run(r, warmup, interval -> { });
        }
        Map<String, Object> result = measure(generator, chosen, r, folder, log);
        results.add(result);
        log.flush();
        if ((boolean) result.get("saturated")) {
          if (r != rates.get(rates.size() - 1)) {
            log.println("stopping the sweep: the system saturated at " + LoadReport.formatRate(r) + " requests/s");
          }
          break;
        }
      }
    } finally {
      if (results.isEmpty()) {
        log.flush();
      } else {
        writeSummary(folder, chosen, results, log);
      }
    }
    return 0;
  }

  /** Writes the summary of the rates measured so far (also when a later rate failed, e.g. a server died). */
  private void writeSummary(Path folder, LoadTarget chosen, List<Map<String, Object>> results, PrintWriter log)
      throws java.io.IOException {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("target", chosen.label());
    settings.put("connections", connections);
    settings.put("durationSeconds", duration.toMillis() / 1000.0);
    settings.put("warmupSeconds", warmup.toMillis() / 1000.0);
    settings.put("timeoutMillis", timeout.toMillis());
    settings.put("servers", serverOptions.config().toString());
    log.println("wrote " + LoadReport.writeSummary(folder, settings, results));
    log.flush();
  }

  private Map<String, Object> measure(OpenLoopGenerator generator, LoadTarget chosen, double rate, Path folder,
      PrintWriter log) throws Exception {
    ByteArrayOutputStream hlog = new ByteArrayOutputStream();
    HistogramLogWriter writer = new HistogramLogWriter(new PrintStream(hlog, true, StandardCharsets.UTF_8));
    String tag = "load?target=" + chosen.label() + "&rate=" + LoadReport.formatRate(rate) + "&connections="
        + connections;
    long startMillis = System.currentTimeMillis();
    writer.outputLogFormatVersion();
    writer.outputComment("statebench open-loop response times (from intended start) of " + tag + ", nanoseconds");
    writer.outputStartTime(startMillis);
    writer.setBaseTime(startMillis);
    writer.outputLegend();
    OpenLoopGenerator.Run run = generator.run(rate, duration, interval -> {
      interval.setTag(tag);
      writer.outputIntervalHistogram(interval);
    });
    double achieved = run.outcomes().succeededCount() / (run.elapsedNanos() / 1e9);
    boolean saturated = achieved < 0.95 * rate || run.outcomes().timeoutCount() > 0;
    AtomicFiles.writeString(folder.resolve(LoadReport.baseName(chosen, rate) + ".hlog"),
        hlog.toString(StandardCharsets.UTF_8));
    LoadReport.writeHgrm(folder, chosen, run);
    Map<String, Object> summary = LoadReport.summary(run, saturated);
    log.println(LoadReport.line(chosen.label(), rate, achieved, run, saturated));
    return summary;
  }

  private List<Double> rates() {
    if ((rate == null) == (sweep == null || sweep.isEmpty())) {
      throw new UserFacingException("give either --rate R or --sweep R1,R2,…");
    }
    List<Double> rates = rate != null ? List.of(rate) : sweep;
    for (double r : rates) {
      if (!(r > 0) || Double.isInfinite(r) || r > 1_000_000) {
        throw new UserFacingException("rates must be between 0 and 1000000 requests per second, got " + r);
      }
    }
    return rates;
  }

  private void validate() {
    if (connections < 1 || connections > 256) {
      throw new UserFacingException("--connections must be 1 to 256, got " + connections);
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new UserFacingException("--duration must be positive, got " + duration);
    }
    if (warmup.isNegative()) {
      throw new UserFacingException("--warmup must not be negative, got " + warmup);
    }
    if (timeout.isNegative() || timeout.isZero() || maxLag.isNegative() || maxLag.isZero()) {
      throw new UserFacingException("--timeout and --max-lag must be positive");
    }
  }
}
