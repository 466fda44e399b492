package dev.statebench.cli;

import dev.statebench.UserFacingException;
import dev.statebench.servers.Servers;
import dev.statebench.session.SampleSessions;
import dev.statebench.session.SessionData;
import dev.statebench.session.SessionId;
import dev.statebench.session.SessionStore;
import dev.statebench.session.SessionStoreType;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statebench smoke}: the end-to-end check behind {@code scripts/run} at this stage. For each store it
 * populates sample sessions, then runs a short single-threaded series of lookups (half of them hits on populated
 * ids, half misses on random ids), verifying every answer, and prints the load time and the lookup latency
 * percentiles. A smoke run, not a benchmark: no warm-up discipline, one thread; the JMH suite measures properly.
 */
@Command(
    name = "smoke",
    mixinStandardHelpOptions = true,
    description = "Populate both session stores and run a short, verified series of lookups against each.")
final class SmokeCommand implements Callable<Integer> {
  private static final long SEED = 20_260_101L;

  @Mixin
  ServerOptions serverOptions;

  @Option(names = "--count", paramLabel = "N", description = "Sessions to populate per store (default: ${DEFAULT-VALUE}).")
  int count = 100_000;

  @Option(names = "--lookups", paramLabel = "N", description = "Lookups per store (default: ${DEFAULT-VALUE}).")
  int lookups = 20_000;

  @Option(names = "--payload-bytes", paramLabel = "BYTES", description = "Payload per session (default: ${DEFAULT-VALUE}).")
  int payloadBytes = 256;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    StoreLoad.validate(count, payloadBytes, 3600);
    if (count < 1 || lookups < 1) {
      throw new UserFacingException("--count and --lookups must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    try (Servers servers = Servers.open(serverOptions.config())) {
      for (SessionStoreType type : SessionStoreType.values()) {
        out.println(type.serverDescription(servers));
      }
      for (SessionStoreType type : SessionStoreType.values()) {
        try (SessionStore store = type.open(servers)) {
          StoreLoad.Result load = StoreLoad.populate(store, SEED, count, payloadBytes, Duration.ofHours(1));
          out.println(String.format(Locale.ROOT, "%-8s populated %,d sessions (payload %d B) in %.2f s = %,.0f sessions/s",
              type.label(), count, payloadBytes, load.seconds(), load.perSecond()));
          Histogram latencies = lookUp(store);
          out.println(String.format(Locale.ROOT,
              "%-8s %,d verified lookups (half hits, half misses): p50 %.1f µs, p99 %.1f µs, max %.1f µs",
              type.label(), lookups, micros(latencies.getValueAtPercentile(50)),
              micros(latencies.getValueAtPercentile(99)), micros(latencies.getMaxValue())));
          checkSlidingAndRevoke(store);
          out.println(String.format(Locale.ROOT, "%-8s sliding lookup and revoke verified", type.label()));
          out.flush();
        }
      }
    }
    out.println("smoke run passed");
    return 0;
  }

  private Histogram lookUp(SessionStore store) {
    Histogram histogram = new Histogram(TimeUnit.SECONDS.toNanos(10), 3);
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < lookups; i++) {
      boolean hit = (i & 1) == 0;
      long index = random.nextInt(count);
      SessionId id = hit ? SessionId.deterministic(SEED, index) : SessionId.random();
      long start = System.nanoTime();
      Optional<SessionData> found = store.lookup(id);
      histogram.recordValue(Math.min(System.nanoTime() - start, histogram.getHighestTrackableValue()));
      if (hit && !found.equals(Optional.of(SampleSessions.forIndex(index, payloadBytes)))) {
        throw new IllegalStateException("populated session " + index + " was not found intact");
      }
      if (!hit && found.isPresent()) {
        throw new IllegalStateException("a random id unexpectedly matched a session");
      }
    }
    return histogram;
  }

  private void checkSlidingAndRevoke(SessionStore store) {
    SessionId id = SessionId.deterministic(SEED, 0);
    SessionData expected = SampleSessions.forIndex(0, payloadBytes);
    if (!store.lookupAndExtend(id, Duration.ofHours(2)).equals(Optional.of(expected))) {
      throw new IllegalStateException("sliding lookup did not return session 0");
    }
    if (!store.revoke(id) || store.lookup(id).isPresent()) {
      throw new IllegalStateException("revoked session 0 is still visible");
    }
  }

  private static double micros(long nanos) {
    return nanos / 1000.0;
  }
}
