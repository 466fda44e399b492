package dev.statebench.calibration;

import dev.statebench.UserFacingException;
import dev.statebench.servers.PostgresEndpoint;
import dev.statebench.servers.RedisEndpoint;
import dev.statebench.session.PostgresSessionStore;
import dev.statebench.session.RedisSessionStore;
import dev.statebench.session.SampleSessions;
import dev.statebench.session.SessionDataCodec;
import dev.statebench.session.SessionId;
import dev.statebench.session.SessionStore;
import dev.statebench.session.SessionTable;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * Is statebench's client path a fair way to time a store? One client, one lookup at a time, on the same server in
 * the same run: {@code redis-benchmark -c 1 -t get} against statebench's {@link RedisSessionStore#lookup}, and
 * {@code pgbench -M prepared -c 1} running the store's own lookup SQL against {@link PostgresSessionStore#lookup}.
 * Both sides read the same bytes (a 1 KiB sample session, about 1.1 KB encoded). Rounds alternate native and
 * statebench so drift in the machine's load hits both; the ratio is statebench's median over the native median,
 * over all rounds. The goal is at most {@value #GOAL}.
 */
public final class Calibration {
  /** The largest acceptable ratio of statebench's median to the native tool's. */
  public static final double GOAL = 1.25;
  static final int PAYLOAD = 1024;
  static final int ROWS = 10_000;
  static final long SEED = 11;

  private final int requests;
  private final int rounds;
  private final PrintWriter log;

  public Calibration(int requests, int rounds, PrintWriter log) {
    this.requests = requests;
    this.rounds = rounds;
    this.log = log;
  }

  /**
   * One store's result: medians and means over all rounds (the middle round's figure). Means are reported beside
   * medians because redis-benchmark rounds its percentiles to coarse histogram buckets (e.g. 7 or 15 µs).
   */
  public record Result(String store, String nativeTool, double nativeMedianMicros, double statebenchMedianMicros,
      double nativeMeanMicros, double statebenchMeanMicros) {
    public double ratio() {
      return statebenchMedianMicros / nativeMedianMicros;
    }

    public double meanRatio() {
      return statebenchMeanMicros / nativeMeanMicros;
    }
  }

  /** A round's median and mean, in microseconds. */
  record Round(double median, double mean) {}

  /** Redis: the same 1.1 KB value under redis-benchmark's key and under a session id. */
  public Result redis(RedisEndpoint endpoint) throws IOException, InterruptedException {
    NativeTool.REDIS_BENCHMARK.locate();
    RedisClient client = RedisSessionStore.newClient(endpoint.uri());
    try (RedisSessionStore store = new RedisSessionStore(client, "statebench:calibrate:");
        StatefulRedisConnection<byte[], byte[]> raw = client.connect(ByteArrayCodec.INSTANCE)) {
      store.clear();
      store.populate(SEED, ROWS, i -> SampleSessions.forIndex(i, PAYLOAD), Duration.ofHours(1));
      SessionId id = SessionId.deterministic(SEED, 0);
      // Without -r, redis-benchmark GETs the literal key "key:__rand_int__".
      raw.sync().set("key:__rand_int__".getBytes(StandardCharsets.US_ASCII),
          SessionDataCodec.encode(SampleSessions.forIndex(0, PAYLOAD)));
      List<String> args = List.of("-h", endpoint.host(), "-p", Integer.toString(endpoint.port()), "-c", "1",
          "-n", Integer.toString(requests), "-t", "get", "--csv");
      Supplier<Round> nativeRound = unchecked(() -> {
        String csv = NativeTool.REDIS_BENCHMARK.run(withPassword(args, endpoint), Map.of(), 300);
        return new Round(NativeOutput.redisBenchmarkMedianMicros(csv), NativeOutput.redisBenchmarkMeanMicros(csv));
      });
      Result result = alternate("Redis GET", "redis-benchmark -c 1 -t get", nativeRound,
          () -> loopMedian(store, id));
      raw.sync().del("key:__rand_int__".getBytes(StandardCharsets.US_ASCII));
      store.clear();
      return result;
    } finally {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
  }

  /** PostgreSQL: pgbench runs the store's lookup statement for one populated id. */
  public Result postgres(PostgresEndpoint endpoint) throws IOException, InterruptedException {
    NativeTool.PGBENCH.locate();
    SessionTable table = SessionTable.named("statebench_calibrate");
    try (PostgresSessionStore store = PostgresSessionStore.connect(endpoint, table,
        dev.statebench.session.PostgresPoolSettings.DEFAULT.withMaximumPoolSize(1))) {
      store.clear();
      store.populate(SEED, ROWS, i -> SampleSessions.forIndex(i, PAYLOAD), Duration.ofHours(1));
      SessionId id = SessionId.deterministic(SEED, 0);
      Path work = Files.createTempDirectory("statebench-pgbench");
      try {
        Path script = work.resolve("lookup.sql");
        Files.writeString(script, "SELECT data FROM " + table.name() + " WHERE id = '" + id.value()
            + "' AND expires_at > now();\n");
        List<String> args = List.of("-h", endpoint.host(), "-p", Integer.toString(endpoint.port()), "-U",
            endpoint.user(), "-n", "-M", "prepared", "-c", "1", "-t", Integer.toString(requests), "-f",
            script.toString(), "-l", "--log-prefix=" + work.resolve("log"), endpoint.database());
        Map<String, String> env = endpoint.password().isEmpty() ? Map.of() : Map.of("PGPASSWORD", endpoint.password());
        Supplier<Round> nativeRound = unchecked(() -> {
          NativeTool.PGBENCH.run(args, env, 300);
          long[] latencies = readPgbenchLogs(work);
          return new Round(median(latencies), Arrays.stream(latencies).average().orElseThrow());
        });
        Result result = alternate("PostgreSQL PK lookup", "pgbench -M prepared -c 1", nativeRound,
            () -> loopMedian(store, id));
        store.clear();
        return result;
      } finally {
        try (Stream<Path> files = Files.list(work)) {
          for (Path file : files.toList()) {
            Files.delete(file);
          }
        }
        Files.delete(work);
      }
    }
  }

  private Result alternate(String store, String tool, Supplier<Round> nativeRound, Supplier<Round> statebenchRound) {
    statebenchRound.get();
    List<Round> natives = new ArrayList<>();
    List<Round> ours = new ArrayList<>();
    for (int round = 1; round <= rounds; round++) {
      Round n = nativeRound.get();
      Round s = statebenchRound.get();
      natives.add(n);
      ours.add(s);
      log.printf("  %-22s round %d: %s median %.1f µs (mean %.1f), statebench median %.1f µs (mean %.1f)%n", store,
          round, tool, n.median(), n.mean(), s.median(), s.mean());
      log.flush();
    }
    return new Result(store, tool, middle(natives, Round::median), middle(ours, Round::median),
        middle(natives, Round::mean), middle(ours, Round::mean));
  }

  /** Median and mean of {@code requests} single-client lookups of one id, each timed alone. */
  private Round loopMedian(SessionStore store, SessionId id) {
    Histogram histogram = new Histogram(3);
    for (int i = 0; i < requests; i++) {
      long start = System.nanoTime();
      if (store.lookup(id).isEmpty()) {
        throw new IllegalStateException("calibration session vanished");
      }
      histogram.recordValue(System.nanoTime() - start);
    }
    return new Round(histogram.getValueAtPercentile(50) / 1000.0, histogram.getMean() / 1000.0);
  }

  private static long[] readPgbenchLogs(Path work) throws IOException {
    List<long[]> parts = new ArrayList<>();
    try (Stream<Path> files = Files.list(work)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("log")).toList()) {
        parts.add(NativeOutput.pgbenchLatenciesMicros(Files.readString(file)));
        Files.delete(file);
      }
    }
    return parts.stream().flatMapToLong(Arrays::stream).toArray();
  }

  static double median(long[] values) {
    if (values.length == 0) {
      throw new UserFacingException("pgbench wrote no transaction log");
    }
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double middle(List<Round> rounds, java.util.function.ToDoubleFunction<Round> figure) {
    double[] sorted = rounds.stream().mapToDouble(figure).sorted().toArray();
    return sorted[sorted.length / 2];
  }

  /** With a password in the URL, redis-benchmark gets the URL itself ({@code -u}, Redis 7 tools) to log in. */
  private static List<String> withPassword(List<String> args, RedisEndpoint endpoint) {
    if (!endpoint.uri().contains("@")) {
      return args;
    }
    List<String> withAuth = new ArrayList<>(args);
    withAuth.add("-u");
    withAuth.add(endpoint.uri());
    return withAuth;
  }

  private interface IoSupplier<T> {
    T get() throws IOException, InterruptedException;
  }

  private static <T> Supplier<T> unchecked(IoSupplier<T> supplier) {
    return () -> {
      try {
        return supplier.get();
      } catch (IOException e) {
        throw new UserFacingException("running a native tool failed: " + e.getMessage(), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new UserFacingException("interrupted while running a native tool", e);
      }
    };
  }
}
