package dev.statebench.cli;

import dev.statebench.servers.Servers;
import dev.statebench.session.SessionStore;
import dev.statebench.session.SessionStoreType;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code statebench populate}: bulk-loads sample sessions into one or both stores and reports how long it
 * took. The store's namespace ({@code statebench:session:*} keys, {@code statebench_sessions} table) is emptied
 * first, so every run measures a load into an empty store.
 */
@Command(
    name = "populate",
    mixinStandardHelpOptions = true,
    description = "Bulk-load sample sessions (Redis: pipelined SET; PostgreSQL: binary COPY) and print the time taken.")
final class PopulateCommand implements Callable<Integer> {
  @Mixin
  ServerOptions serverOptions;

  @Option(names = "--store", paramLabel = "STORE", split = ",",
      description = "Stores to load: ${COMPLETION-CANDIDATES} (default: both).")
  List<SessionStoreType> stores = List.of(SessionStoreType.values());

  @Option(names = "--count", paramLabel = "N", description = "Sessions per store (default: ${DEFAULT-VALUE}).")
  int count = 1_000_000;

  @Option(names = "--payload-bytes", paramLabel = "BYTES",
      description = "Opaque payload per session, 0 to 65536 (default: ${DEFAULT-VALUE}).")
  int payloadBytes = 0;

  @Option(names = "--ttl-seconds", paramLabel = "S", description = "Time to live (default: ${DEFAULT-VALUE}).")
  long ttlSeconds = 3600;

  @Option(names = "--seed", paramLabel = "SEED",
      description = "Seed of the deterministic session ids (default: ${DEFAULT-VALUE}).")
  long seed = 1;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    StoreLoad.validate(count, payloadBytes, ttlSeconds);
    PrintWriter out = spec.commandLine().getOut();
    try (Servers servers = Servers.open(serverOptions.config())) {
      for (SessionStoreType type : stores) {
        out.println(type.serverDescription(servers));
      }
      for (SessionStoreType type : stores) {
        try (SessionStore store = type.open(servers)) {
          StoreLoad.Result result = StoreLoad.populate(store, seed, count, payloadBytes, Duration.ofSeconds(ttlSeconds));
          out.println(String.format(Locale.ROOT, "%-8s populated %,d sessions (payload %d B) in %.2f s = %,.0f sessions/s;"
                  + " store holds %,d", type.label(), count, payloadBytes, result.seconds(), result.perSecond(),
              result.countAfter()));
          out.flush();
        }
      }
    }
    return 0;
  }
}
