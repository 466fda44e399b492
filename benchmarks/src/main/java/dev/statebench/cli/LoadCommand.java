package dev.statebench.cli;

import dev.statebench.UserFacingException;
import dev.statebench.load.ArrivalProcess;
import dev.statebench.load.KeyChoice;
import dev.statebench.load.LoadReport;
import dev.statebench.load.LoadSweep;
import dev.statebench.load.LoadTarget;
import dev.statebench.load.OpenLoopSchedule;
import dev.statebench.load.SweepSettings;
import dev.statebench.load.TargetClient;
import dev.statebench.load.TargetOptions;
import dev.statebench.load.cpu.CpuMeter;
import dev.statebench.servers.Durability;
import dev.statebench.servers.Servers;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statebench load}: open-loop load at fixed rates, the measurement JMH's closed loop cannot make (it waits for
 * each answer before the next request, so queueing never shows). See {@link LoadSweep}.
 */
@Command(
    name = "load",
    mixinStandardHelpOptions = true,
    description = {
      "Send requests to one target on a schedule fixed in advance (open loop; Poisson arrivals by default) and record",
      "response times from each request's intended start (coordinated omission corrected; timeouts kept in the tail,",
      "censored at the timeout). Beside every rate the noop control gives the generator's own floor. Each rate gets a",
      "verdict (ok, saturated, schedule-not-kept) from throughput, timeouts, queue growth and latency trend, and the",
      "CPU per request of client and store. A saturated rate is measured again; the sweep stops at the first rate",
      "saturated twice in a row. Writes <target>-<rate>.hgrm (µs), .hlog (ns) and summary.json into DIR."
    })
final class LoadCommand implements Callable<Integer> {
  @Option(names = "--target", required = true, paramLabel = "TARGET",
      description = "noop, redis, redis-lettuce-per-thread, redis-jedis, redis-sliding, postgres, postgres-sliding, "
          + "jwt-hs256, jwt-rs256, jwt-es256, jwt-eddsa, hybrid (HS256 + Redis denylist), redis-cluster or "
          + "hybrid-cluster (the same on a Redis Cluster through lettuce's cluster client).")
  String target;

  @Option(names = "--redis-cluster-url", paramLabel = "URL[,URL…]", split = ",",
      description = "Seed nodes of an external Redis Cluster for the cluster targets (lettuce URIs; default: start an"
          + " embedded cluster of 3 masters).")
  List<String> clusterSeeds = List.of();

  @Option(names = "--rate", paramLabel = "R", description = "Requests per second (one rate).")
  Double rate;

  @Option(names = "--sweep", paramLabel = "R1,R2,…", split = ",",
      description = "Several rates, in order, instead of --rate.")
  List<Double> sweep;

  @Option(names = "--arrivals", paramLabel = "poisson|uniform", defaultValue = "poisson",
      description = "Arrival process (default ${DEFAULT-VALUE}).")
  String arrivals;

  @Option(names = "--duration", paramLabel = "D", defaultValue = "10s", converter = DurationConverter.class,
      description = "Measured time per rate, e.g. 10s or 2m (default 10s).")
  Duration duration;

  @Option(names = "--warmup", paramLabel = "D", defaultValue = "3s", converter = DurationConverter.class,
      description = "Unrecorded warm-up at each rate before measuring (default 3s).")
  Duration warmup;

  @Option(names = "--initial-warmup", paramLabel = "D", defaultValue = "10s", converter = DurationConverter.class,
      description = "Unrecorded warm-up at the first rate before anything is measured, for the JIT (default 10s).")
  Duration initialWarmup;

  @Option(names = "--connections", paramLabel = "C", defaultValue = "2",
      description = "Concurrent requests: worker threads, and the pool size. Default ${DEFAULT-VALUE}.")
  int connections;

  @Option(names = "--population", paramLabel = "N", defaultValue = "10000",
      description = "Sessions a store target holds (1 to 10000000). Default ${DEFAULT-VALUE}.")
  int population;

  @Option(names = "--keys", paramLabel = "uniform|zipf(S)", defaultValue = "uniform",
      description = "Which sessions requests read, over the whole population. Default ${DEFAULT-VALUE}.")
  String keys;

  @Option(names = "--timeout", paramLabel = "D", defaultValue = "2s", converter = DurationConverter.class,
      description = "A response later than this (from its intended start) is a timeout. Default 2s.")
  Duration timeout;

  @Option(names = "--max-lag", paramLabel = "D", defaultValue = "1ms", converter = DurationConverter.class,
      description = "Largest p99 dispatch lag of the generator for the schedule to count as kept. Default 1ms.")
  Duration maxLag;

  @Option(names = "--floor-fraction", paramLabel = "F", defaultValue = "0.5",
      description = "Flag a rate when the noop floor's p99 exceeds F × the target's p50. Default ${DEFAULT-VALUE}.")
  double floorFraction;

  @Option(names = "--redis-appendonly", paramLabel = "no|everysec|always", defaultValue = "no",
      description = "Append-only file of an embedded Redis (default ${DEFAULT-VALUE}); an external one keeps its own.")
  String redisAppendOnly;

  @Option(names = "--pg-durable", paramLabel = "on|off", defaultValue = "off",
      description = "fsync, synchronous_commit and full_page_writes of an embedded PostgreSQL (default "
          + "${DEFAULT-VALUE}); an external one keeps its own.")
  String pgDurable;

  @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default results/runs/<time>-load).")
  Path out;

  @Mixin
  ServerOptions serverOptions = new ServerOptions();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    LoadTarget chosen = parsed("--target", () -> LoadTarget.parse(target));
    SweepSettings settings = settings();
    Path folder = out != null ? out : Path.of("results", "runs",
        LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + "-load");
    if (Files.exists(folder.resolve("summary.json"))) {
      throw new UserFacingException("--out " + folder + " already holds a summary.json; choose a new folder");
    }
    Files.createDirectories(folder);
    PrintWriter log = spec.commandLine().getOut();
    Durability durability = new Durability(
        parsed("--redis-appendonly", () -> Durability.RedisAppendOnly.parse(redisAppendOnly)),
        parsed("--pg-durable", () -> Durability.parsePostgres(pgDurable)));
    try (Servers servers = Servers.open(serverOptions.config(), durability)) {
      if (chosen.usesRedisCluster()) {
        // started or probed first, so that the target finds this cluster (an external one when seeds are given)
        log.println(servers.redisCluster(clusterSeeds, LoadTarget.CLUSTER_MASTERS, 0));
      }
      try (TargetClient client = chosen.open(servers, settings.options());
          TargetClient control = chosen == LoadTarget.NOOP ? null : LoadTarget.NOOP.open(servers, settings.options());
          CpuMeter storeMeter = chosen.storeCpuMeter(servers)) {
        log.println(LoadReport.header());
        log.flush();
        new LoadSweep(chosen, client, storeMeter, control, settings).run(folder, LoadReport.header(chosen, client,
            settings, storeMeter, servers), entry -> {
              log.println(LoadReport.line(chosen.label(), entry));
              log.flush();
            });
        log.println("wrote " + folder.resolve("summary.json"));
      }
    }
    return 0;
  }

  private SweepSettings settings() {
    if ((rate == null) == (sweep == null || sweep.isEmpty())) {
      throw new UserFacingException("give either --rate R or --sweep R1,R2,…");
    }
    List<Double> rates = rate != null ? List.of(rate) : sweep;
    for (double r : rates) {
      if (!(r > 0) || Double.isInfinite(r) || r > 1_000_000) {
        throw new UserFacingException("rates must be between 0 and 1000000 requests per second, got " + r);
      }
      if (r * duration.toNanos() / 1e9 > OpenLoopSchedule.MAX_REQUESTS) {
        throw new UserFacingException("--duration " + duration + " at " + r + "/s exceeds "
            + OpenLoopSchedule.MAX_REQUESTS + " requests per rate; shorten it");
      }
    }
    if (connections < 1 || connections > 256) {
      throw new UserFacingException("--connections must be 1 to 256, got " + connections);
    }
    if (population < 1 || population > TargetOptions.MAX_POPULATION) {
      throw new UserFacingException("--population must be 1 to " + TargetOptions.MAX_POPULATION + ", got "
          + population);
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new UserFacingException("--duration must be positive, got " + duration);
    }
    if (warmup.isNegative() || initialWarmup.isNegative()) {
      throw new UserFacingException("--warmup and --initial-warmup must not be negative");
    }
    if (timeout.isNegative() || timeout.isZero() || maxLag.isNegative() || maxLag.isZero()) {
      throw new UserFacingException("--timeout and --max-lag must be positive");
    }
    if (!(floorFraction > 0) || Double.isInfinite(floorFraction)) {
      throw new UserFacingException("--floor-fraction must be a positive number, got " + floorFraction);
    }
    ArrivalProcess process = parsed("--arrivals", () -> ArrivalProcess.parse(arrivals));
    KeyChoice keyChoice = parsed("--keys", () -> KeyChoice.parse(keys));
    return new SweepSettings(rates, process, duration, initialWarmup, warmup,
        new TargetOptions(connections, population, keyChoice),
        timeout, maxLag, floorFraction);
  }

  private static <T> T parsed(String option, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new UserFacingException(option + ": " + e.getMessage());
    }
  }
}
